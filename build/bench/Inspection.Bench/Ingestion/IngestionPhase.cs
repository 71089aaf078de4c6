using System.Diagnostics;
using Inspection.Cli.Hosting;
using Inspection.Content.Evidence;
using Inspection.Content.Jobs;
using Inspection.Content.Store;
using Inspection.Ingestion.Pipeline;
using Inspection.Search.Indexing;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Inspection.Bench.Ingestion;

/// <summary>One timed pass over a list of files by one engine, in its own process so that its memory peak is its own.</summary>
internal static class IngestionPhase
{
    public const string Ours = "ours";
    public const string PdfPig = "pdfpig";
    public const string PdfToText = "pdftotext";

    // Split of the last run of our pipeline: the ingestion job, then the index catch-up.
    private static double _jobSeconds;
    private static double _catchUpSeconds;

    public static async Task<PhaseResult> RunAsync(string engine, IReadOnlyList<string> files, int warmupFiles, CancellationToken cancellationToken)
    {
        // A few files first, untimed, so the run measures steady work rather than JIT compilation.
        var warmup = files.Take(warmupFiles).ToList();
        await RunEngineAsync(engine, warmup, cancellationToken).ConfigureAwait(false);
        var gcBefore = GcFigures.Take();
        var clock = Stopwatch.StartNew();
        var pages = await RunEngineAsync(engine, files, cancellationToken).ConfigureAwait(false);
        clock.Stop();
        var extra = GcFigures.Take().Since(gcBefore);
        if (engine == Ours)
        {
            extra["jobSeconds"] = _jobSeconds;
            extra["catchUpSeconds"] = _catchUpSeconds;
        }

        return new PhaseResult(clock.Elapsed.TotalSeconds, pages, PhaseResult.PeakWorkingSet(), extra);
    }

    private static Task<int> RunEngineAsync(string engine, IReadOnlyList<string> files, CancellationToken cancellationToken) => engine switch
    {
        Ours => OursAsync(files, cancellationToken),
        PdfPig => Task.FromResult(BarePdfPig(files)),
        PdfToText => PdfToTextAsync(files, cancellationToken),
        _ => throw new ArgumentException($"unknown engine {engine}", nameof(engine)),
    };

    // The CLI's path: a job over the files (extract, clean, enrich, segment, store in SQLite), then index catch-up.
    private static async Task<int> OursAsync(IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        var data = Path.Combine(Path.GetTempPath(), "inspection-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using (var services = CliServices.Build(data))
            {
                await using (var scope = services.CreateAsyncScope())
                {
                    await scope.ServiceProvider.GetRequiredService<IStoreInitializer>().InitializeAsync(cancellationToken).ConfigureAwait(false);
                }

                var job = Stopwatch.StartNew();
                var outcomes = await services.GetRequiredService<IngestionJobRunner>()
                    .RunAsync(files, new IngestSettings("bench", Classifications.Official), null, cancellationToken).ConfigureAwait(false);
                var rejected = outcomes.Where(o => o.Status == IngestionItemStatuses.Rejected).ToList();
                if (rejected.Count > 0)
                {
                    throw new InvalidOperationException($"{rejected.Count} files rejected, first: {rejected[0].Error}");
                }

                _jobSeconds = job.Elapsed.TotalSeconds;
                var catchUp = Stopwatch.StartNew();
                await services.GetRequiredService<OutboxIndexer>().CatchUpAsync(cancellationToken).ConfigureAwait(false);
                _catchUpSeconds = catchUp.Elapsed.TotalSeconds;
                return outcomes.Sum(o => o.Pages);
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    private static int BarePdfPig(IReadOnlyList<string> files)
    {
        var pages = 0;
        long characters = 0;
        foreach (var file in files)
        {
            using var pdf = PdfDocument.Open(file);
            foreach (var page in pdf.GetPages())
            {
                characters += ContentOrderTextExtractor.GetText(page).Length;
                pages++;
            }
        }

        return characters > 0 ? pages : 0;
    }

    private static async Task<int> PdfToTextAsync(IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        foreach (var file in files)
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-q", file, "-"])
            {
                RedirectStandardOutput = true,
                UseShellExecute = false,
            }) ?? throw new InvalidOperationException("pdftotext did not start");
            await process.StandardOutput.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"pdftotext failed on {file}");
            }
        }

        // Pages are counted once by the orchestrator for this engine.
        return 0;
    }
}
