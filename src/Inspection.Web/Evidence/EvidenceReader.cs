using Inspection.Content.Audit;
using Inspection.Content.Blobs;
using Inspection.Content.Evidence;
using Inspection.Content.Model;
using Inspection.Content.Store;
using Inspection.Readiness.Findings;
using Inspection.Readiness.Themes;
using Inspection.Search;
using Inspection.Web.Security;

namespace Inspection.Web.Evidence;

/// <summary>
/// What pages and the API read, always through the caller's access: search trimmed to the classifications they may see,
/// documents they may not see answered as not found, and every view of restricted evidence and every download audited.
/// </summary>
public sealed class EvidenceReader(
    IThemeEvidence themes,
    IContentStore store,
    IEvidenceStore evidence,
    IBlobStore blobs,
    IAuditLog audit,
    IFindingTracker tracker)
{
    public async Task<SearchResults> SearchAsync(SearchForm form, DateOnly? after, DateOnly? before, CallerAccess caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(caller);
        var request = new SearchRequest
        {
            Query = form.Q ?? "",
            Type = string.IsNullOrWhiteSpace(form.Type) ? null : form.Type,
            After = after,
            Before = before,
            Top = SearchForm.PageSize,
            Skip = (Math.Max(1, form.Page) - 1) * SearchForm.PageSize,
            GroupByDocument = form.ByDocument,
            Sort = form.SortOrder,
            Facets = form.Facets,
            AllowedClassifications = caller.AllowedClassifications,
        };

        // A theme or framework the catalog knows (chosen in the form or typed as theme: in the query) is searched through
        // its saved query, which also takes in passages tagged with it; an id it does not know stays a plain tag filter.
        var themeId = form.Theme?.Trim().Trim('/');
        return await themes.SearchAsync(request with { Theme = string.IsNullOrEmpty(themeId) ? null : themeId }, cancellationToken);
    }

    /// <summary>The evidence the caller may see, newest first, optionally of one kind.</summary>
    public async Task<IReadOnlyList<DocumentSummary>> ListAsync(string? type, CallerAccess caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var items = await store.ListAsync(string.IsNullOrWhiteSpace(type) ? null : type, cancellationToken);
        return [.. items
            .Where(EvidencePart.IsEvidence)
            .Where(i => caller.MaySee(EvidencePart.GetText(i, EvidencePart.Classification)))
            .Select(DocumentSummary.From)
            .OrderByDescending(d => d.Date)
            .ThenBy(d => d.Title, StringComparer.Ordinal)];
    }

    /// <summary>The document, or null when there is none the caller may see (they are not told which).</summary>
    public async Task<DocumentView?> GetAsync(string id, CallerAccess caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var item = await VisibleItemAsync(id, caller, cancellationToken);
        if (item is null)
        {
            return null;
        }

        var classification = EvidencePart.GetText(item, EvidencePart.Classification) ?? Classifications.Official;
        if (!string.Equals(classification, Classifications.Official, StringComparison.Ordinal))
        {
            // Restricted evidence may name children: every view is on the record.
            await audit.WriteAsync(caller.UserName, "view", item.ContentItemId, classification, cancellationToken);
        }

        var versions = await store.ListVersionsAsync(item.ContentItemId, cancellationToken);
        var passages = await evidence.ListPassagesAsync(item.ContentItemVersionId, cancellationToken);
        var findings = await evidence.ListFindingsAsync(item.ContentItemId, cancellationToken);
        return new DocumentView(DocumentSummary.From(item), versions, findings, passages);
    }

    /// <summary>The original file, audited as a download; null when there is none the caller may see.</summary>
    public async Task<(Stream Content, string FileName, string MediaType)?> OpenOriginalAsync(string id, CallerAccess caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var item = await VisibleItemAsync(id, caller, cancellationToken);
        var hash = item is null ? null : EvidencePart.GetText(item, EvidencePart.SourceHash);
        var stream = hash is null ? null : blobs.Open(hash);
        if (item is null || stream is null)
        {
            return null;
        }

        var fileName = EvidencePart.GetText(item, EvidencePart.SourceFileName) ?? $"{item.ContentItemId}.bin";
        await audit.WriteAsync(caller.UserName, "download", item.ContentItemId, fileName, cancellationToken);
        return (stream, fileName, EvidencePart.GetText(item, EvidencePart.MediaType) ?? "application/octet-stream");
    }

    /// <summary>Tracked findings from documents the caller may see, optionally of one status; their linked evidence likewise.</summary>
    public async Task<IReadOnlyList<TrackedFinding>> FindingsAsync(string? status, CallerAccess caller, CancellationToken cancellationToken) =>
        await VisibleAsync(await tracker.ListAsync(status, cancellationToken), caller, cancellationToken);

    /// <summary>One tracked finding, or null when there is none from a document the caller may see.</summary>
    public async Task<TrackedFinding?> FindingAsync(string findingId, CallerAccess caller, CancellationToken cancellationToken)
    {
        var finding = await tracker.GetAsync(findingId, cancellationToken);
        return finding is not null && await VisibleAsync([finding], caller, cancellationToken) is [var visible] ? visible : null;
    }

    /// <summary>Whether the passage belongs to the latest version of a document the caller may see (no audit: nothing is shown).</summary>
    public async Task<bool> PassageVisibleAsync(string documentId, string passageId, CallerAccess caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var item = await VisibleItemAsync(documentId, caller, cancellationToken);
        return item is not null
            && (await evidence.ListPassagesAsync(item.ContentItemVersionId, cancellationToken)).Any(p => string.Equals(p.PassageId, passageId, StringComparison.Ordinal));
    }

    private async Task<IReadOnlyList<TrackedFinding>> VisibleAsync(IReadOnlyList<TrackedFinding> findings, CallerAccess caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        // Only the documents the findings point at are read (a few letters and their linked evidence), not the whole store.
        var visible = new HashSet<string>(StringComparer.Ordinal);
        var ids = findings.Select(f => f.Finding.ContentItemId).Concat(findings.SelectMany(f => f.Evidence.Select(e => e.DocumentId)));
        foreach (var id in ids.Distinct(StringComparer.Ordinal))
        {
            if (await VisibleItemAsync(id, caller, cancellationToken) is not null)
            {
                visible.Add(id);
            }
        }

        return [.. findings
            .Where(f => visible.Contains(f.Finding.ContentItemId))
            .Select(f => f with { Evidence = [.. f.Evidence.Where(e => visible.Contains(e.DocumentId))] })];
    }

    private async Task<ContentItem?> VisibleItemAsync(string id, CallerAccess caller, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > 100)
        {
            return null;
        }

        var item = await store.GetAsync(id, VersionOptions.Latest, cancellationToken);
        return item is not null && EvidencePart.IsEvidence(item) && caller.MaySee(EvidencePart.GetText(item, EvidencePart.Classification)) ? item : null;
    }
}
