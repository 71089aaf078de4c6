using System.Globalization;
using Inspection.Ingestion;
using Inspection.Ingestion.Extraction;
using Inspection.Ingestion.Segmentation;
using Inspection.Search.Indexing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Search.Tests.Corpus;

/// <summary>Cuts corpus PDFs into passages with the product's own extraction, cleaning and segmentation, so searches are judged on what users search.</summary>
public static class PdfPassageBuilder
{
    private static readonly Lazy<ServiceProvider> Services = new(() =>
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddInspectionIngestion();
        return services.BuildServiceProvider();
    });

    public static List<IndexedPassage> Build(CorpusDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var extractor = Services.Value.GetRequiredService<IDocumentExtractor>();
        var segmenter = Services.Value.GetRequiredService<IPassageSegmenter>();
        var extracted = extractor.Extract(Path.Combine(RepoPaths.RealCorpus, document.FileName), CancellationToken.None);
        var blocks = extracted.Blocks.Where(b => document.Pages(b.Page)).ToList();
        return [.. segmenter.Segment(blocks).Select((draft, ordinal) => new IndexedPassage(
            string.Create(CultureInfo.InvariantCulture, $"{document.DocumentId}#{ordinal:D3}"),
            document.DocumentId,
            document.DocumentId + "-v1",
            document.Title,
            document.Kind,
            document.Date,
            document.Organisation,
            document.Classification,
            document.Themes,
            document.FileName,
            draft.HeadingPath,
            draft.PageFrom,
            draft.PageTo,
            draft.Text,
            IsFinding(document, draft.Text)))];
    }

    private static bool IsFinding(CorpusDocument document, string text) =>
        document.Kind == "InspectionLetter"
        && (text.Contains("What needs to improve", StringComparison.Ordinal) || text.Contains("has not made sufficient progress", StringComparison.Ordinal));
}
