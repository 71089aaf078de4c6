using Inspection.Application.Findings;
using Inspection.Readiness.Access;
using Inspection.Readiness.Findings;
using Inspection.Readiness.Plans;

namespace Inspection.Application.Plans;

/// <summary>
/// The improvement plan as a caller uses it: the actions they may see (an action is seen only by those who may see every
/// finding it answers), and adding or re-rating actions, which needs ManageFindings and a finding or action the caller may see.
/// </summary>
public sealed class PlanService(ImprovementPlan plan, AccessPolicy access, FindingService findings)
{
    public async Task<IReadOnlyList<PlannedAction>> ListAsync(Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return await access.ActionsAsync(caller, await plan.ListAsync(cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Adds an action (the draft must be valid), linked to a finding the caller may see when one is given.</summary>
    public async Task<TrackedAction> CreateAsync(ActionDraft draft, string? findingId, Caller caller, CancellationToken cancellationToken)
    {
        await access.RequireAsync(caller, Permissions.ManageFindings, "add actions to the plan", cancellationToken).ConfigureAwait(false);
        if (!string.IsNullOrWhiteSpace(findingId))
        {
            await findings.RequireAsync(findingId, caller, cancellationToken).ConfigureAwait(false);
        }

        return await plan.CreateAsync(draft, string.IsNullOrWhiteSpace(findingId) ? null : findingId, caller.UserName, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Re-rates (and re-owns, re-dates) an action the caller may see.</summary>
    public async Task<TrackedAction> UpdateAsync(string actionId, ActionDraft draft, Caller caller, CancellationToken cancellationToken)
    {
        await access.RequireAsync(caller, Permissions.ManageFindings, "change actions in the plan", cancellationToken).ConfigureAwait(false);
        if (!await access.MaySeeActionAsync(caller, actionId, cancellationToken).ConfigureAwait(false))
        {
            await access.RefusedAsync(caller, "action", actionId, null, cancellationToken).ConfigureAwait(false);
            throw FindingService.NotFound("action", actionId);
        }

        return await plan.UpdateAsync(actionId, draft, caller.UserName, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Removes an action the caller may see from the plan (audited; it can be restored from the recycle bin).</summary>
    public async Task RemoveAsync(string actionId, Caller caller, CancellationToken cancellationToken)
    {
        await access.RequireAsync(caller, Permissions.ManageFindings, "remove actions from the plan", cancellationToken).ConfigureAwait(false);
        if (!await access.MaySeeActionAsync(caller, actionId, cancellationToken).ConfigureAwait(false))
        {
            await access.RefusedAsync(caller, "action", actionId, null, cancellationToken).ConfigureAwait(false);
            throw FindingService.NotFound("action", actionId);
        }

        await plan.RemoveAsync(actionId, caller.UserName, cancellationToken).ConfigureAwait(false);
    }
}
