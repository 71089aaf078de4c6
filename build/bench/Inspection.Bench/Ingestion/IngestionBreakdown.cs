using System.Diagnostics;
using Inspection.Cli.Hosting;
using Inspection.Ingestion.Enrichment;
using Inspection.Ingestion.Extraction;
using Inspection.Ingestion.Pipeline;
using Inspection.Ingestion.Segmentation;
using Inspection.Search.Indexing;
using Inspection.Content.Store;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Inspection.Bench.Ingestion;

/// <summary>
/// Where ingestion's time goes: each file through the pipeline's stages one at a time (extract and clean, enrich,
/// segment), beside PdfPig opening the file and reading letters only, and PdfPig's bare text extraction.
/// </summary>
internal static class IngestionBreakdown
{
    public static Dictionary<string, double> Run(IReadOnlyList<string> files)
    {
        var data = Path.Combine(Path.GetTempPath(), "inspection-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var services = CliServices.Build(data);
            using (var init = services.CreateScope())
            {
                init.ServiceProvider.GetRequiredService<IStoreInitializer>().InitializeAsync(CancellationToken.None).GetAwaiter().GetResult();
            }

            using var scope = services.CreateScope();
            var extractor = scope.ServiceProvider.GetRequiredService<IDocumentExtractor>();
            var enricher = scope.ServiceProvider.GetRequiredService<IDocumentEnricher>();
            var segmenter = scope.ServiceProvider.GetRequiredService<IPassageSegmenter>();
            var seconds = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var pass in new[] { false, true })
            {
                foreach (var file in pass ? files : files.Take(3))
                {
                    var document = Time(seconds, pass, "extract and clean (IDocumentExtractor)", () => extractor.Extract(file, CancellationToken.None));
                    Time(seconds, pass, "enrich (IDocumentEnricher)", () => enricher.Enrich(document));
                    Time(seconds, pass, "segment (IPassageSegmenter)", () => segmenter.Segment(document.Blocks));
                    if (pass)
                    {
                        Time(seconds, pass, "whole IEvidenceIngester.IngestAsync (the stages above + hash, blob, SQLite transaction, audit)", () =>
                        {
                            using var fileScope = services.CreateScope();
                            return fileScope.ServiceProvider.GetRequiredService<IEvidenceIngester>()
                                .IngestAsync(file, new IngestSettings("bench"), CancellationToken.None).GetAwaiter().GetResult();
                        });
                    }

                    Time(seconds, pass, "PdfPig open and read letters only", () =>
                    {
                        using var pdf = PdfDocument.Open(file);
                        return pdf.GetPages().Sum(p => p.Letters.Count);
                    });
                    Time(seconds, pass, "PdfPig bare text (ContentOrderTextExtractor)", () =>
                    {
                        using var pdf = PdfDocument.Open(file);
                        return pdf.GetPages().Sum(p => ContentOrderTextExtractor.GetText(p).Length);
                    });
                }
            }

            Time(seconds, true, "OutboxIndexer.CatchUpAsync (all files)", () => services.GetRequiredService<OutboxIndexer>().CatchUpAsync(CancellationToken.None).GetAwaiter().GetResult());
            return seconds;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(data))
            {
                Directory.Delete(data, recursive: true);
            }
        }
    }

    private static T Time<T>(Dictionary<string, double> seconds, bool record, string stage, Func<T> work)
    {
        var start = Stopwatch.GetTimestamp();
        var result = work();
        if (record)
        {
            seconds[stage] = seconds.GetValueOrDefault(stage) + Stopwatch.GetElapsedTime(start).TotalSeconds;
        }

        return result;
    }
}
