using Inspection.Content.Audit;
using Inspection.Content.Model;
using Inspection.Content.Store;
using Inspection.Readiness.Access;
using Inspection.Readiness.Findings;

namespace Inspection.Application.Audit;

/// <summary>The audit log as a caller with ViewAuditLog reads it: newest first, details of lines about documents they may not see withheld.</summary>
public sealed class AuditReader(IAuditLog audit, AccessPolicy access, IContentStore store)
{
    // Filters other than the item are applied to this many of the newest lines: an audit page, not an archive search.
    private const int FilterWindow = 20_000;

    public async Task<IReadOnlyList<AuditEntry>> ListAsync(string? documentId, int max, Caller caller, CancellationToken cancellationToken)
    {
        await access.RequireAsync(caller, Permissions.ViewAuditLog, "read the audit log", cancellationToken).ConfigureAwait(false);
        var entries = await audit.ListAsync(string.IsNullOrWhiteSpace(documentId) ? null : documentId.Trim(), max, cancellationToken).ConfigureAwait(false);
        return await access.AuditEntriesAsync(caller, entries, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The lines the query chooses, newest first, at most <paramref name="max"/>, each with its event in words and what it is about.</summary>
    public async Task<IReadOnlyList<AuditLine>> ReadAsync(AuditQuery query, int max, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filtered = !string.IsNullOrWhiteSpace(query.User) || !string.IsNullOrWhiteSpace(query.Event) || query.From is not null || query.Before is not null;
        var entries = await ListAsync(query.Document, filtered ? FilterWindow : max, caller, cancellationToken).ConfigureAwait(false);
        var from = query.From?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var before = query.Before?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var chosen = entries
            .Where(e => string.IsNullOrWhiteSpace(query.User) || string.Equals(e.UserName, query.User.Trim(), StringComparison.OrdinalIgnoreCase))
            .Where(e => string.IsNullOrWhiteSpace(query.Event) || string.Equals(e.Action, query.Event.Trim(), StringComparison.Ordinal))
            .Where(e => from is null || e.Utc >= from)
            .Where(e => before is null || e.Utc < before)
            .Take(max)
            .ToList();

        // Lines about items the caller may not see have lost their item id above, so every title read here may be shown.
        var subjects = new Dictionary<string, (string? Title, string? Link)>(StringComparer.Ordinal);
        foreach (var id in chosen.Select(e => e.ContentItemId).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            subjects[id] = Subject(await store.GetAsync(id, VersionOptions.Latest, cancellationToken).ConfigureAwait(false));
        }

        return [.. chosen.Select(e =>
        {
            var (title, link) = e.ContentItemId is { } id ? subjects[id] : (null, null);
            return new AuditLine(e, AuditEvents.Describe(e.Action), title, link);
        })];
    }

    private static (string? Title, string? Link) Subject(ContentItem? item) => item switch
    {
        null => (null, null),
        { ContentType: ActionFields.ContentType } => (ActionFields.Title(item), $"/plan#action-{Uri.EscapeDataString(item.ContentItemId)}"),
        _ => (item.DisplayText, $"/documents/{Uri.EscapeDataString(item.ContentItemId)}"),
    };
}
