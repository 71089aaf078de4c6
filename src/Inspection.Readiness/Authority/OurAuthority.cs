using System.Text.Json.Nodes;
using Inspection.Content.Audit;
using Inspection.Content.Evidence;
using Inspection.Content.Model;
using Inspection.Content.Persistence;
using Inspection.Content.Store;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Readiness.Authority;

/// <summary>
/// Which authority this repository serves, kept in the store as the site settings item (a new version per change, audited),
/// and the documents of other organisations (peers' letters kept for comparison) that are therefore not ours.
/// </summary>
// Differs from Orchard: Orchard keeps site settings in its own Site document; here they are a content item, so that a change
// is versioned like everything else and a recipe export carries it.
public sealed class OurAuthority(IContentStore store, IAuditLog audit, InspectionDbContext db)
{
    /// <summary>The content type of the one site settings item.</summary>
    public const string SettingsType = "SiteSettings";

    /// <summary>The audit action of a change of authority.</summary>
    public const string ChangedAudit = "settings.authority";

    /// <summary>The fictional authority of the sample evidence in <c>evidence-samples/</c> (see its README).</summary>
    public const string SampleAuthority = "Harrowden Borough Council";

    private const string PartName = "SiteSettingsPart";
    private const string AuthorityField = "Authority";
    private const int MaxLength = 200;

    /// <summary>The authority's name as set, or null when none is configured yet.</summary>
    public async Task<string?> GetAsync(CancellationToken cancellationToken)
    {
        var item = await SettingsAsync(cancellationToken).ConfigureAwait(false);
        var name = item?.Content[PartName]?[AuthorityField]?["Text"]?.GetValue<string>();
        return string.IsNullOrWhiteSpace(name) ? null : name.Trim();
    }

    /// <summary>The scope readiness works in: our authority (when set) against everyone else's evidence.</summary>
    public async Task<AuthorityScope> ScopeAsync(CancellationToken cancellationToken) =>
        new(await GetAsync(cancellationToken).ConfigureAwait(false));

    /// <summary>
    /// Sets (or, with an empty name, clears) the authority; writes a new version of the settings and an audit line in one
    /// transaction. Returns false when the name was already the one set, so nothing was written. Throws
    /// <see cref="ReadinessException"/> for a name that is too long.
    /// </summary>
    public async Task<bool> SetAsync(string? name, string userName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userName);
        var value = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
        if (value is { Length: > MaxLength })
        {
            throw new ReadinessException($"The authority's name must be {MaxLength} characters or fewer");
        }

        return await store.InTransactionAsync(
            async ct =>
            {
                var item = await SettingsAsync(ct).ConfigureAwait(false);
                var before = item?.Content[PartName]?[AuthorityField]?["Text"]?.GetValue<string>();
                if (string.Equals(before, value, StringComparison.Ordinal))
                {
                    return false;
                }

                if (item is null)
                {
                    item = new ContentItem { ContentType = SettingsType, DisplayText = "Site settings" };
                    item.Content[PartName] = new JsonObject { [AuthorityField] = new JsonObject { ["Text"] = value } };
                    await store.CreateAsync(item, publish: true, ct).ConfigureAwait(false);
                }
                else
                {
                    item.Content[PartName] = new JsonObject { [AuthorityField] = new JsonObject { ["Text"] = value } };
                    await store.UpdateAsync(item, publish: true, ct).ConfigureAwait(false);
                }

                await audit.WriteAsync(userName, ChangedAudit, null, $"our authority: {before ?? "not set"} -> {value ?? "not set"}", ct).ConfigureAwait(false);
                return true;
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The documents held (not deleted) whose organisation is known and is not our authority, with that organisation.</summary>
    public async Task<IReadOnlyDictionary<string, string>> PeerDocumentsAsync(AuthorityScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (!scope.IsConfigured)
        {
            return new Dictionary<string, string>(StringComparer.Ordinal);
        }

        var rows = await db.ContentItems.AsNoTracking()
            .Where(c => c.Latest && !c.Deleted && c.Organisation != null)
            .Select(c => new { c.ContentItemId, c.Organisation })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return rows
            .Where(r => !scope.IsOurs(r.Organisation))
            .ToDictionary(r => r.ContentItemId, r => r.Organisation!, StringComparer.Ordinal);
    }

    /// <summary>
    /// The organisations named by the evidence a reader of these classifications may see (unclassified counts as Official),
    /// ours first, each once however it is written.
    /// </summary>
    public async Task<IReadOnlyList<string>> OrganisationsAsync(IReadOnlyCollection<string> allowedClassifications, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(allowedClassifications);
        var scope = await ScopeAsync(cancellationToken).ConfigureAwait(false);
        var rows = await db.ContentItems.AsNoTracking()
            .Where(c => c.Latest && !c.Deleted && c.Organisation != null)
            .Select(c => new { c.Organisation, c.Classification })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        var names = rows
            .Where(r => allowedClassifications.Contains(r.Classification ?? Classifications.Official, StringComparer.Ordinal))
            .Select(r => r.Organisation!);
        return [.. names
            .Where(n => n.Trim().Length > 0)
            .GroupBy(OrganisationNames.Key, StringComparer.Ordinal)
            .Select(g => g.GroupBy(n => n, StringComparer.Ordinal).OrderByDescending(n => n.Count()).First().Key)
            .OrderBy(n => scope.IsConfigured && scope.IsOurs(n) ? 0 : 1)
            .ThenBy(n => n, StringComparer.OrdinalIgnoreCase)];
    }

    private async Task<ContentItem?> SettingsAsync(CancellationToken cancellationToken)
    {
        var items = await store.ListAsync(SettingsType, cancellationToken).ConfigureAwait(false);
        return items.Count > 0 ? items[0] : null;
    }
}
