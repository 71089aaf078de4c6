namespace Inspection.Readiness.Findings;

/// <summary>One RAG rating an action had, from when (taken from the action's saved versions), with the comment given for it.</summary>
public sealed record RagChange(DateTime ChangedUtc, string Rag)
{
    public string? Comment { get; init; }
}
