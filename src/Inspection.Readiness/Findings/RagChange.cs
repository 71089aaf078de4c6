namespace Inspection.Readiness.Findings;

/// <summary>One RAG rating an action had, from when (taken from the action's saved versions).</summary>
public sealed record RagChange(DateTime ChangedUtc, string Rag);
