using Inspection.Search;

namespace Inspection.Relevance;

/// <summary>The product's search as the search page and the CLI run it: a page of passages ranked by relevance.</summary>
public sealed class ProductEngine(string name, Func<SearchRequest, CancellationToken, Task<SearchResults>> search) : IRankingEngine
{
    public string Name => name;

    public async Task<IReadOnlyList<string>> RankAsync(JudgedQuery query, IReadOnlyList<string> allowed, int top, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var results = await search(new SearchRequest { Query = query.Query, AllowedClassifications = allowed, Top = top }, cancellationToken).ConfigureAwait(false);
        return [.. results.Hits.Select(h => h.PassageId)];
    }
}
