using Inspection.Content.Definitions;
using Inspection.Readiness.Access;
using Inspection.Readiness.Themes;
using Inspection.Search;

namespace Inspection.Application.Searches;

/// <summary>
/// A search as every host runs it: trimmed to the classifications the caller may see (whatever the request asked), a
/// theme searched through its saved query, and the restricted hits shown written to the audit log.
/// </summary>
public sealed class EvidenceSearch(IThemeEvidence themes, AccessPolicy access, IEvidenceTypeCatalog types)
{
    /// <summary>
    /// Why a kind asked for as an option (the CLI's <c>--type</c>, the API's <c>type</c>) cannot be searched, or null when a
    /// content definition names it (by name, display name, plural or alias). A kind typed in the query as <c>type:</c> is
    /// words the person typed, and is noted and ignored by the search instead.
    /// </summary>
    public async Task<string?> UnknownKindAsync(string? kind, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(kind) || await types.ResolveAsync(kind, cancellationToken).ConfigureAwait(false) is not null)
        {
            return null;
        }

        var known = await types.ListAsync(cancellationToken).ConfigureAwait(false);
        return $"'{kind}' is not a kind of evidence: the kinds are {string.Join(", ", known.Select(t => t.Name))}";
    }

    public Task<SearchResults> SearchAsync(SearchRequest request, Caller caller, CancellationToken cancellationToken) =>
        SearchAsync(request, caller, shown: null, cancellationToken);

    /// <summary>
    /// A search of which only the hits <paramref name="shown"/> keeps are returned (in order, at most the request's top), so
    /// that only those are on the record as shown; the search reads further down its ranking to fill the page.
    /// </summary>
    public async Task<SearchResults> SearchAsync(SearchRequest request, Caller caller, Func<SearchHit, bool>? shown, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(caller);
        var results = shown is null
            ? await themes.SearchAsync(request with { AllowedClassifications = caller.AllowedClassifications }, cancellationToken).ConfigureAwait(false)
            : await KeptAsync(request, caller, shown, cancellationToken).ConfigureAwait(false);
        // Restricted evidence may name children: being shown it in a result is on the record, as opening it is.
        await access.HitsShownAsync(caller, results.Hits.Select(h => h.DocumentId), cancellationToken).ConfigureAwait(false);
        return results;
    }

    private async Task<SearchResults> KeptAsync(SearchRequest request, Caller caller, Func<SearchHit, bool> shown, CancellationToken cancellationToken)
    {
        // Three pages' worth is read once: the hits left out (a finding's own letter, evidence already linked) are a few
        // documents' passages, and at most Search:MaxTop hits are read at a time.
        var wide = request with { AllowedClassifications = caller.AllowedClassifications, Top = Math.Min(100, request.Top * 3) };
        var results = await themes.SearchAsync(wide, cancellationToken).ConfigureAwait(false);
        return results with { Hits = [.. results.Hits.Where(shown).Take(request.Top)] };
    }

    /// <summary>
    /// Only the counts of a search (by kind, year, organisation and theme) and its total, trimmed as <see cref="SearchAsync"/>
    /// trims: what the search page loads after its hits. No hit is shown, so nothing is audited; a restricted passage the
    /// caller may not see is in no count.
    /// </summary>
    public Task<SearchResults> FacetsAsync(SearchRequest request, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(caller);
        return themes.SearchAsync(
            request with { AllowedClassifications = caller.AllowedClassifications, Facets = true, FacetsOnly = true },
            cancellationToken);
    }
}
