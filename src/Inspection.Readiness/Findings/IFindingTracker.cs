namespace Inspection.Readiness.Findings;

/// <summary>Findings as tracked items: list, link actions and evidence, set status; every change is audited.</summary>
public interface IFindingTracker
{
    /// <summary>Findings of non-deleted documents, optionally of one status, oldest visit first.</summary>
    Task<IReadOnlyList<TrackedFinding>> ListAsync(string? status, CancellationToken cancellationToken);

    Task<TrackedFinding?> GetAsync(string findingId, CancellationToken cancellationToken);

    /// <summary>Links an improvement-plan action (an Action content item); an open finding becomes in progress.</summary>
    Task<TrackedFinding> LinkActionAsync(string findingId, string actionContentItemId, string userName, CancellationToken cancellationToken);

    /// <summary>Links a passage as evidence; evidence dated after the visit moves the finding to evidence of impact.</summary>
    Task<TrackedFinding> LinkEvidenceAsync(string findingId, string passageId, string userName, CancellationToken cancellationToken);

    /// <summary>
    /// For each of these actions, the classifications of the documents whose findings it answers (deleted documents too, so
    /// that deleting a letter does not open its actions to everyone); an action that answers no finding is left out.
    /// </summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> ActionAudiencesAsync(IReadOnlyCollection<string> actionIds, CancellationToken cancellationToken);

    /// <summary>Sets the status by hand (e.g. closed after a later visit's verdict).</summary>
    Task<TrackedFinding> SetStatusAsync(string findingId, string status, string userName, CancellationToken cancellationToken);
}
