using System.Text.RegularExpressions;
using Inspection.Content.Definitions;
using Inspection.Content.Evidence;
using Inspection.Readiness.Themes;
using Inspection.Search;
using Inspection.Search.Query;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Relevance;

/// <summary>
/// Which passages a query's filters (type, dates, organisation, theme) and the searcher's classifications permit, worked
/// out from the passages' own fields rather than by the search under test: a hit outside this set is a leak. A theme is
/// what the framework's saved query finds (or, for an id no framework knows, the passages tagged with it).
/// </summary>
public sealed partial class CorpusFilters(RelevanceCorpus corpus)
{
    private readonly Dictionary<string, HashSet<string>> _themes = new(StringComparer.Ordinal);

    public async Task<HashSet<string>> PermittedAsync(JudgedQuery query, IReadOnlyList<string> allowed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        // Type names as the content definitions resolve them (aliases, plurals), exactly as the product must.
        var types = corpus.Services.GetRequiredService<IEvidenceTypeCatalog>();
        var filters = new EvidenceKinds(await types.ListAsync(cancellationToken).ConfigureAwait(false)).Resolve(SearchQueryParser.Parse(query.Query)).Filters;
        var themeSets = new List<HashSet<string>>();
        foreach (var theme in filters.Themes)
        {
            themeSets.Add(await ThemeAsync(theme, cancellationToken).ConfigureAwait(false));
        }

        return corpus.Passages
            .Where(p => allowed.Contains(p.Classification, StringComparer.Ordinal))
            .Where(p => filters.Kinds.Count == 0 || p.Kinds.Any(k => filters.Kinds.Contains(k, StringComparer.Ordinal)))
            .Where(p => filters.After is null || (p.Date is { } d && d >= filters.After))
            .Where(p => filters.Before is null || (p.Date is { } d && d < filters.Before))
            .Where(p => filters.Organisations.Count == 0 || filters.Organisations.Any(o => Words(p.Organisation).Contains(Words(o), StringComparison.Ordinal)))
            .Where(p => themeSets.Count == 0 || themeSets.Any(s => s.Contains(p.PassageId)))
            .Select(p => p.PassageId)
            .ToHashSet(StringComparer.Ordinal);
    }

    private async Task<HashSet<string>> ThemeAsync(string theme, CancellationToken cancellationToken)
    {
        var key = theme.Trim().Trim('/');
        if (_themes.TryGetValue(key, out var known))
        {
            return known;
        }

        await using var scope = corpus.Services.CreateAsyncScope();
        var request = new SearchRequest { Query = string.Empty, AllowedClassifications = Classifications.All, Top = 1000 };
        var found = await scope.ServiceProvider.GetRequiredService<IThemeEvidence>().EvidenceForAsync(key, request, cancellationToken).ConfigureAwait(false);
        var lower = key.ToLowerInvariant();
        var set = found is not null
            ? found.Hits.Select(h => h.PassageId).ToHashSet(StringComparer.Ordinal)
            : corpus.Passages
                .Where(p => p.Themes.Any(t => string.Equals(t, lower, StringComparison.OrdinalIgnoreCase) || t.StartsWith(lower + "/", StringComparison.OrdinalIgnoreCase)))
                .Select(p => p.PassageId)
                .ToHashSet(StringComparer.Ordinal);
        _themes[key] = set;
        return set;
    }

    private static string Words(string? text) => " " + NotWord().Replace((text ?? string.Empty).ToLowerInvariant(), " ").Trim() + " ";

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NotWord();
}
