namespace Inspection.Readiness.Findings;

/// <summary>An improvement-plan action linked to a finding: owner, due date, current RAG and its history.</summary>
public sealed record TrackedAction(
    string ContentItemId,
    string Title,
    string? Owner,
    DateOnly? DueDate,
    string? Rag,
    IReadOnlyList<RagChange> RagHistory)
{
    /// <summary>Due before <paramref name="today"/> and not rated Blue (complete).</summary>
    public bool IsOverdue(DateOnly today) =>
        DueDate is { } due && due < today && !string.Equals(Rag, Plans.ActionDraft.Complete, StringComparison.Ordinal);
}
