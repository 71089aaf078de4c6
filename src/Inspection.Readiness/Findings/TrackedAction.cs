namespace Inspection.Readiness.Findings;

/// <summary>An improvement-plan action linked to a finding: owner, due date, current RAG and its history.</summary>
public sealed record TrackedAction(
    string ContentItemId,
    string Title,
    string? Owner,
    DateOnly? DueDate,
    string? Rag,
    IReadOnlyList<RagChange> RagHistory);
