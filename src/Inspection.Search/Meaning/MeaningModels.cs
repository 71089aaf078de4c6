namespace Inspection.Search.Meaning;

/// <summary>The local models meaning search can use, by the name <see cref="SearchOptions.MeaningModel"/> takes.</summary>
public static class MeaningModels
{
    public const string ArcticXs = "ArcticXs";
    public const string MiniLm = "MiniLm";
    public const string ArcticXsAndMiniLm = "ArcticXsAndMiniLm";

    public static IReadOnlyList<string> Names { get; } = [ArcticXs, MiniLm, ArcticXsAndMiniLm];

    /// <summary>The named model; <paramref name="wrap"/>, when given, wraps each single model (the relevance harness caches their vectors).</summary>
    public static IPassageEmbedder Create(string name, Func<IPassageEmbedder, IPassageEmbedder>? wrap = null)
    {
        wrap ??= e => e;
        return name switch
        {
            ArcticXs => wrap(new ArcticEmbedder()),
            MiniLm => wrap(new MiniLmEmbedder()),
            ArcticXsAndMiniLm => new CombinedEmbedder(wrap(new ArcticEmbedder()), wrap(new MiniLmEmbedder())),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Search:MeaningModel must be one of " + string.Join(", ", Names)),
        };
    }
}
