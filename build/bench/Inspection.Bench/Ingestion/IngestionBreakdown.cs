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
/// segment, then the store commit), beside PdfPig opening the file and reading letters only, and PdfPig's bare text extraction.
/// A first pass over a few files in a throwaway store runs every stage once, so the timed pass measures steady work, not JIT.
/// </summary>
internal static class IngestionBreakdown
{
    private const string Prepare = "prepare: hash, duplicate check and the stages above (IEvidenceIngester.PrepareAsync)";
    private const string Commit = "commit: blob, SQLite transaction with passages, outbox task and audit (IEvidenceIngester.CommitAsync)";
    private const string FirstCommit = "commit of the first file in a fresh service provider (includes EF model building)";
    private const string Whole = "whole IEvidenceIngester.IngestAsync (the stages above + hash, blob, SQLite transaction, audit)";

    /// <summary>Ends the key of a stage's allocated bytes (this thread), beside the stage's seconds.</summary>
    public const string AllocatedSuffix = " [allocated bytes]";

    public static Dictionary<string, double> Run(IReadOnlyList<string> files)
    {
        var seconds = new Dictionary<string, double>(StringComparer.Ordinal);
        Pass(files.Take(3).ToList(), seconds, record: false);
        Pass(files, seconds, record: true);
        seconds[Whole] = seconds[Prepare] + seconds[Commit] + seconds[FirstCommit];
        seconds[Whole + AllocatedSuffix] = seconds[Prepare + AllocatedSuffix] + seconds[Commit + AllocatedSuffix] + seconds[FirstCommit + AllocatedSuffix];
        return seconds;
    }

    private static void Pass(IReadOnlyList<string> files, Dictionary<string, double> seconds, bool record)
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
            var first = true;
            foreach (var file in files)
            {
                var document = Time(seconds, record, "extract and clean (IDocumentExtractor)", () => extractor.Extract(file, CancellationToken.None));
                Time(seconds, record, "enrich (IDocumentEnricher)", () => enricher.Enrich(document));
                Time(seconds, record, "segment (IPassageSegmenter)", () => segmenter.Segment(document.Blocks));
                using (var fileScope = services.CreateScope())
                {
                    var ingester = fileScope.ServiceProvider.GetRequiredService<IEvidenceIngester>();
                    var prepared = Time(seconds, record, Prepare, () => ingester.PrepareAsync(file, CancellationToken.None).GetAwaiter().GetResult());
                    // The first commit in a fresh service provider also builds the EF model and compiles its queries.
                    Time(seconds, record, first ? FirstCommit : Commit, () => ingester.CommitAsync(prepared, new IngestSettings("bench"), null, CancellationToken.None).GetAwaiter().GetResult());
                    first = false;
                }

                Time(seconds, record, "PdfPig open and read letters only", () =>
                {
                    using var pdf = PdfDocument.Open(file);
                    return pdf.GetPages().Sum(p => p.Letters.Count);
                });
                Time(seconds, record, "PdfPig bare text (ContentOrderTextExtractor)", () =>
                {
                    using var pdf = PdfDocument.Open(file);
                    return pdf.GetPages().Sum(p => ContentOrderTextExtractor.GetText(p).Length);
                });
            }

            Time(seconds, record, "OutboxIndexer.CatchUpAsync (all files)", () => services.GetRequiredService<OutboxIndexer>().CatchUpAsync(CancellationToken.None).GetAwaiter().GetResult());
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
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var result = work();
        if (record)
        {
            seconds[stage] = seconds.GetValueOrDefault(stage) + Stopwatch.GetElapsedTime(start).TotalSeconds;
            // Allocation does not vary with the machine's load, so it compares runs on a busy machine (this thread only:
            // the stages run synchronously here, the commit's index catch-up apart).
            var key = stage + AllocatedSuffix;
            seconds[key] = seconds.GetValueOrDefault(key) + (GC.GetAllocatedBytesForCurrentThread() - allocated);
        }

        return result;
    }
}
