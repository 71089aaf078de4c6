using System.Diagnostics;
using Inspection.Bench.Corpus;
using Inspection.Cli.Hosting;
using Inspection.Search.Indexing;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Bench.Search;

/// <summary>Fills a fresh data folder's index with generated passages through <see cref="PassageIndex"/>, timing each chunk.</summary>
internal static class IndexPhase
{
    private const int DocumentsPerCommit = 500;

    public static PhaseResult Run(PassageGenerator generator, int size, string dataDirectory, int chunks)
    {
        if (Directory.Exists(dataDirectory))
        {
            Directory.Delete(dataDirectory, recursive: true);
        }

        using var services = CliServices.Build(dataDirectory);
        var index = services.GetRequiredService<PassageIndex>();
        var chunkSize = size / chunks;
        var rates = new List<double>();
        var generating = TimeSpan.Zero;
        var chunkClock = Stopwatch.StartNew();
        var total = Stopwatch.StartNew();
        var done = 0;
        var chunkStart = 0;
        var nextChunk = chunkSize;
        var documents = 0;
        using var source = generator.Documents(size).GetEnumerator();
        while (true)
        {
            // Generating text is the benchmark's own cost, not the index's: it is timed apart and taken out.
            var made = Stopwatch.GetTimestamp();
            if (!source.MoveNext())
            {
                break;
            }

            generating += Stopwatch.GetElapsedTime(made);
            var passages = source.Current;
            index.UpsertDocument(passages[0].DocumentId, passages);
            done += passages.Count;
            if (++documents % DocumentsPerCommit == 0)
            {
                index.Commit();
            }

            if (done >= nextChunk || done == size)
            {
                index.Commit();
                index.Refresh();
                var chunkGenerating = generating;
                rates.Add((done - chunkStart) / (chunkClock.Elapsed - chunkGenerating).TotalSeconds);
                chunkStart = done;
                generating = TimeSpan.Zero;
                chunkClock.Restart();
                nextChunk += chunkSize;
            }
        }

        index.Commit();
        index.Refresh();
        var seconds = total.Elapsed.TotalSeconds;
        var extra = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["indexBytes"] = Directory.EnumerateFiles(index.IndexDirectory).Sum(f => new FileInfo(f).Length),
            ["passages"] = index.PassageCount,
        };
        for (var i = 0; i < rates.Count; i++)
        {
            extra["chunkRate" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)] = rates[i];
        }

        return new PhaseResult(seconds, done, PhaseResult.PeakWorkingSet(), extra);
    }
}
