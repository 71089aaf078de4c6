using Inspection.Application.Searches;
using Inspection.Readiness.Access;

namespace Inspection.Web.Evidence;

/// <summary>Runs a saved search through the search page's own reader, so it finds what the page would (themes and trimming included).</summary>
public sealed class SavedSearchFinder(EvidenceReader reader) : ISavedSearchFinder
{
    public async Task<IReadOnlyList<string>> DocumentIdsAsync(SavedQuery query, Caller caller, int max, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var form = SearchFormFor(query);
        if (form.IsEmpty || form.Validate(out var after, out var before).Count > 0)
        {
            return [];
        }

        return [.. (await reader.DocumentsAsync(form, after, before, caller, max, cancellationToken)).Select(h => h.DocumentId)];
    }

    public static SearchForm SearchFormFor(SavedQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new SearchForm { Q = query.Q, Type = query.Type, Theme = query.Theme, After = query.After, Before = query.Before, Sort = query.Sort };
    }

    /// <summary>The search page's address for a saved search.</summary>
    public static string Link(SavedQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["q"] = query.Q,
            ["type"] = query.Type,
            ["theme"] = query.Theme,
            ["after"] = query.After,
            ["before"] = query.Before,
            ["sort"] = query.Sort,
        };
        return "/" + QueryString.Create(fields.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();
    }
}
