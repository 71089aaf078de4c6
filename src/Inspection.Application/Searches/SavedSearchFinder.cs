using System.Globalization;
using Inspection.Readiness.Access;
using Inspection.Readiness.Themes;
using Inspection.Search;
using Inspection.Content.Model;

namespace Inspection.Application.Searches;

/// <summary>
/// Runs a saved search as the search page does (a theme through its saved query, everything trimmed to the caller's
/// classifications), one hit per document, a hundred at a time as the search allows.
/// </summary>
public sealed class SavedSearchFinder(IThemeEvidence themes) : ISavedSearchFinder
{
    private const int PerPage = 100;

    public async Task<IReadOnlyList<string>> DocumentIdsAsync(SavedQuery query, Caller caller, int max, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(caller);
        if (query.IsEmpty)
        {
            return [];
        }

        var request = new SearchRequest
        {
            Query = query.Q ?? "",
            Type = string.IsNullOrWhiteSpace(query.Type) ? null : query.Type,
            Theme = string.IsNullOrWhiteSpace(query.Theme) ? null : query.Theme.Trim().Trim('/'),
            After = Date(query.After),
            Before = Date(query.Before),
            GroupByDocument = true,
            Top = PerPage,
            AllowedClassifications = caller.AllowedClassifications,
        };
        var ids = new List<string>();
        for (var skip = 0; ids.Count < max; skip += PerPage)
        {
            var hits = (await themes.SearchAsync(request with { Skip = skip }, cancellationToken).ConfigureAwait(false)).Hits;
            ids.AddRange(hits.Select(h => h.DocumentId).Take(max - ids.Count));
            if (hits.Count < PerPage)
            {
                break;
            }
        }

        return ids;
    }

    private static DateOnly? Date(string? text) =>
        DateInput.TryParsePeriodStart(text, out var date) ? date : null;
}
