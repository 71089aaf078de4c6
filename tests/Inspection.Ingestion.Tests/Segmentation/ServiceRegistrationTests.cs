using Inspection.Ingestion.Enrichment;
using Inspection.Ingestion.Segmentation;
using Inspection.Ingestion.Tests.Enrichment;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Inspection.Ingestion.Tests.Segmentation;

public sealed class ServiceRegistrationTests
{
    [Fact]
    public void EnricherAndSegmenterResolveFromTheContainerAndWork()
    {
        using var provider = new ServiceCollection().AddInspectionEnrichment().AddInspectionSegmentation().BuildServiceProvider();

        var document = Blocks.Document("CABINET", "7 APRIL 2020", "Portfolio Holder: Councillor A Person", "# 1. Summary", "Medway Council reports on progress.");
        var metadata = provider.GetRequiredService<IDocumentEnricher>().Enrich(document);
        var passages = provider.GetRequiredService<IPassageSegmenter>().Segment(document.Blocks);

        Assert.Equal(DocumentKinds.CommitteeReport, metadata.Kind);
        Assert.Equal("1. Summary", passages[^1].HeadingPath);
    }

    [Fact]
    public void MinimumAboveMaximumIsRejectedNamingTheSetting()
    {
        using var provider = new ServiceCollection()
            .AddInspectionSegmentation()
            .Configure<PassageSegmenterOptions>(o => o.MinWords = 400)
            .BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<PassageSegmenterOptions>>().Value);
        Assert.Contains("Segmentation:MinWords", error.Message, StringComparison.Ordinal);
    }
}
