using System.Text.Json;
using Inspection.Content.Model;
using Inspection.Content.Persistence;
using Inspection.Content.Store;
using Inspection.Readiness.Access;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Application.Searches;

/// <summary>
/// Searches people keep: their own, and those the team shares. Each shows how many documents it finds that were added
/// since that person last opened it; opening one records the visit. Only its owner may remove it.
/// </summary>
public sealed class SavedSearches(InspectionDbContext db, StoreUnitOfWork unitOfWork, ISavedSearchFinder finder)
{
    private const int MaxCounted = 1000;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The caller's saved searches and those shared with the team, the caller's own first, by name.</summary>
    public async Task<IReadOnlyList<SavedSearch>> ListAsync(Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var records = await db.SavedSearches.AsNoTracking()
            .Where(s => s.Owner == caller.UserName || s.Shared)
            .ToListAsync(cancellationToken);
        var ids = records.Select(r => r.Id).ToList();
        var visits = await db.SavedSearchVisits.AsNoTracking()
            .Where(v => v.UserName == caller.UserName && ids.Contains(v.SavedSearchId))
            .ToDictionaryAsync(v => v.SavedSearchId, v => v.LastOpenedUtc, cancellationToken);
        var result = new List<SavedSearch>(records.Count);
        foreach (var record in records)
        {
            var query = Read(record.Query);
            var since = visits.TryGetValue(record.Id, out var opened) ? opened : record.CreatedUtc;
            var found = await finder.DocumentIdsAsync(query, caller, MaxCounted, cancellationToken).ConfigureAwait(false);
            var fresh = found.Count == 0 ? 0 : await db.ContentItems.AsNoTracking()
                .Where(c => c.Latest && !c.Deleted && found.Contains(c.ContentItemId) && c.CreatedUtc > since)
                .CountAsync(cancellationToken);
            result.Add(new SavedSearch(record.Id, record.Name, query, record.Owner, record.Shared, record.CreatedUtc, visits.TryGetValue(record.Id, out var last) ? last : null, fresh));
        }

        return [.. result
            .OrderBy(s => string.Equals(s.Owner, caller.UserName, StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(s => s.Name, StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>Saves a search for the caller (shared with the team when asked); field errors when the name or search is missing.</summary>
    public async Task<(IReadOnlyDictionary<string, string> Errors, string? Id)> SaveAsync(string? name, SavedQuery query, bool shared, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(caller);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            errors["name"] = "Give the search a name";
        }
        else if (trimmed.Length > 100)
        {
            errors["name"] = "The name must be 100 characters or fewer";
        }

        if (query.IsEmpty)
        {
            errors["q"] = "Search for something before saving it";
        }

        if (!caller.IsSignedIn)
        {
            errors["name"] = "Sign in to save searches";
        }

        if (errors.Count > 0)
        {
            return (errors, null);
        }

        var id = ContentIds.New();
        await unitOfWork.RunAsync(
            async ct =>
            {
                var now = unitOfWork.UtcNow();
                db.SavedSearches.Add(new SavedSearchRecord { Id = id, Owner = caller.UserName, Name = trimmed, Query = JsonSerializer.Serialize(query, Json), Shared = shared, CreatedUtc = now });
                db.SavedSearchVisits.Add(new SavedSearchVisitRecord { SavedSearchId = id, UserName = caller.UserName, LastOpenedUtc = now });
                await db.SaveChangesAsync(ct);
            },
            cancellationToken).ConfigureAwait(false);
        return (new Dictionary<string, string>(StringComparer.Ordinal), id);
    }

    /// <summary>The search to run, the visit recorded (so the count of new documents starts again); null when there is none the caller may use.</summary>
    public async Task<SavedQuery?> OpenAsync(string id, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var record = await db.SavedSearches.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id && (s.Owner == caller.UserName || s.Shared), cancellationToken);
        if (record is null || !caller.IsSignedIn)
        {
            return null;
        }

        await unitOfWork.RunAsync(
            async ct =>
            {
                var visit = await db.SavedSearchVisits.FirstOrDefaultAsync(v => v.SavedSearchId == id && v.UserName == caller.UserName, ct);
                if (visit is null)
                {
                    db.SavedSearchVisits.Add(new SavedSearchVisitRecord { SavedSearchId = id, UserName = caller.UserName, LastOpenedUtc = unitOfWork.UtcNow() });
                }
                else
                {
                    visit.LastOpenedUtc = unitOfWork.UtcNow();
                }

                await db.SaveChangesAsync(ct);
            },
            cancellationToken).ConfigureAwait(false);
        return Read(record.Query);
    }

    /// <summary>Removes one of the caller's own saved searches; false when they have none with that id.</summary>
    public async Task<bool> DeleteAsync(string id, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return await unitOfWork.RunAsync(
            async ct => await db.SavedSearches.Where(s => s.Id == id && s.Owner == caller.UserName).ExecuteDeleteAsync(ct) > 0,
            cancellationToken).ConfigureAwait(false);
    }

    private static SavedQuery Read(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<SavedQuery>(json, Json) ?? new SavedQuery(null, null, null, null, null, null);
        }
        catch (JsonException)
        {
            return new SavedQuery(null, null, null, null, null, null);
        }
    }
}
