namespace Inspection.Relevance;

/// <summary>A way of ranking passages for a judged query: the product's search, or a baseline.</summary>
public interface IRankingEngine
{
    string Name { get; }

    /// <summary>The ids of the top passages (at most <paramref name="top"/>), best first, as the searcher would see them.</summary>
    Task<IReadOnlyList<string>> RankAsync(JudgedQuery query, IReadOnlyList<string> allowed, int top, CancellationToken cancellationToken);
}
