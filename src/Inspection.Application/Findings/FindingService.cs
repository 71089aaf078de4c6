using Inspection.Application.Documents;
using Inspection.Readiness;
using Inspection.Readiness.Access;
using Inspection.Readiness.Authority;
using Inspection.Readiness.Findings;

namespace Inspection.Application.Findings;

/// <summary>
/// The findings tracker as a caller uses it: what inspectors said, trimmed by <see cref="AccessPolicy"/> (the finding with its
/// document, each history entry and piece of evidence with its own, actions only with every finding they answer), and the
/// changes a lead makes, each allowed only on what they may see.
/// </summary>
public sealed class FindingService(IFindingTracker tracker, AccessPolicy access, DocumentService documents, OurAuthority authority)
{
    /// <summary>Findings the caller may see, optionally of one status, of every organisation, newest visit first.</summary>
    public Task<IReadOnlyList<TrackedFinding>> ListAsync(string? status, Caller caller, CancellationToken cancellationToken) =>
        ListAsync(status, OrganisationFilter.All, caller, cancellationToken);

    /// <summary>Findings the caller may see, optionally of one status, of the organisations the filter takes, newest visit first.</summary>
    public async Task<IReadOnlyList<TrackedFinding>> ListAsync(string? status, OrganisationFilter organisation, Caller caller, CancellationToken cancellationToken) =>
        (await ListAsync(status, organisation, visit: null, caller, cancellationToken).ConfigureAwait(false)).Findings;

    /// <summary>
    /// Findings the caller may see, optionally of one status, of the organisations the filter takes (ours by default on the
    /// pages) and of one visit (its letter's id), newest visit first (in the letter's order within a visit), with the visits
    /// the caller may choose from.
    /// </summary>
    public async Task<FindingList> ListAsync(string? status, OrganisationFilter organisation, string? visit, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(caller);
        var all = await tracker.ListAsync(string.IsNullOrWhiteSpace(status) ? null : status, cancellationToken).ConfigureAwait(false);
        var visible = await access.FindingsAsync(caller, all, cancellationToken).ConfigureAwait(false);
        // The tracker lists oldest visit first in letter order; a stable sort on the visit keeps the letter's order within it.
        var scope = await authority.ScopeAsync(cancellationToken).ConfigureAwait(false);
        var newestFirst = visible
            .Where(f => organisation.Includes(f.Organisation, scope))
            .Select((f, i) => (Finding: f, Position: i))
            .OrderBy(x => x.Finding.Finding.VisitDate is null)
            .ThenByDescending(x => x.Finding.Finding.VisitDate)
            .ThenBy(x => x.Position)
            .Select(x => x.Finding)
            .ToList();
        var visits = newestFirst
            .DistinctBy(f => f.Finding.ContentItemId, StringComparer.Ordinal)
            .Select(f => new FindingVisit(f.Finding.ContentItemId, f.Finding.VisitKind, f.Finding.VisitDate, f.DocumentTitle ?? f.SourceFile ?? f.Finding.ContentItemId))
            .ToList();
        var wanted = string.IsNullOrWhiteSpace(visit) ? null : visit.Trim();
        return new FindingList(
            wanted is null ? newestFirst : [.. newestFirst.Where(f => string.Equals(f.Finding.ContentItemId, wanted, StringComparison.Ordinal))],
            visits);
    }

    /// <summary>One finding, or null when there is none the caller may see (a refusal is audited; the caller is not told).</summary>
    public async Task<TrackedFinding?> GetAsync(string findingId, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (string.IsNullOrWhiteSpace(findingId) || findingId.Length > 100)
        {
            return null;
        }

        var finding = await tracker.GetAsync(findingId, cancellationToken).ConfigureAwait(false);
        if (finding is null)
        {
            return null;
        }

        if (await access.FindingsAsync(caller, [finding], cancellationToken).ConfigureAwait(false) is [var visible])
        {
            return visible;
        }

        await access.RefusedAsync(caller, "finding", finding.Finding.FindingId, finding.Finding.ContentItemId, cancellationToken).ConfigureAwait(false);
        return null;
    }

    /// <summary>Links a passage the caller may see as evidence for a finding they may see.</summary>
    public async Task<TrackedFinding> LinkEvidenceAsync(string findingId, string passageId, Caller caller, CancellationToken cancellationToken)
    {
        await access.RequireAsync(caller, Permissions.ManageFindings, "link evidence to findings", cancellationToken).ConfigureAwait(false);
        await RequireAsync(findingId, caller, cancellationToken).ConfigureAwait(false);
        if (!await documents.PassageVisibleAsync(passageId, caller, cancellationToken).ConfigureAwait(false))
        {
            throw NotFound("passage", passageId);
        }

        var linked = await tracker.LinkEvidenceAsync(findingId, passageId, caller.UserName, cancellationToken).ConfigureAwait(false);
        return await TrimmedAsync(linked, caller, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Links an action the caller may see to a finding they may see.</summary>
    public async Task<TrackedFinding> LinkActionAsync(string findingId, string actionId, Caller caller, CancellationToken cancellationToken)
    {
        await access.RequireAsync(caller, Permissions.ManageFindings, "link actions to findings", cancellationToken).ConfigureAwait(false);
        await RequireAsync(findingId, caller, cancellationToken).ConfigureAwait(false);
        if (!await access.MaySeeActionAsync(caller, actionId, cancellationToken).ConfigureAwait(false))
        {
            await access.RefusedAsync(caller, "action", actionId, null, cancellationToken).ConfigureAwait(false);
            throw NotFound("action", actionId);
        }

        var linked = await tracker.LinkActionAsync(findingId, actionId, caller.UserName, cancellationToken).ConfigureAwait(false);
        return await TrimmedAsync(linked, caller, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sets the status of a finding the caller may see.</summary>
    public async Task<TrackedFinding> SetStatusAsync(string findingId, string status, Caller caller, CancellationToken cancellationToken)
    {
        await access.RequireAsync(caller, Permissions.ManageFindings, "change findings' status", cancellationToken).ConfigureAwait(false);
        await RequireAsync(findingId, caller, cancellationToken).ConfigureAwait(false);
        var changed = await tracker.SetStatusAsync(findingId, status, caller.UserName, cancellationToken).ConfigureAwait(false);
        return await TrimmedAsync(changed, caller, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The finding, or a not-found error when the caller may not see it.</summary>
    public async Task<TrackedFinding> RequireAsync(string findingId, Caller caller, CancellationToken cancellationToken) =>
        await GetAsync(findingId, caller, cancellationToken).ConfigureAwait(false) ?? throw NotFound("finding", findingId);

    internal static ReadinessException NotFound(string what, string id) => new($"no {what} with id '{id}'") { IsNotFound = true };

    private async Task<TrackedFinding> TrimmedAsync(TrackedFinding finding, Caller caller, CancellationToken cancellationToken) =>
        (await access.FindingsAsync(caller, [finding], cancellationToken).ConfigureAwait(false)).Single();
}
