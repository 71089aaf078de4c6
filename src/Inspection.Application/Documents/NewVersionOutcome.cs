namespace Inspection.Application.Documents;

/// <summary>What became of a new file for a document: saved as its new version, or refused with the reason in words.</summary>
public sealed record NewVersionOutcome(bool Saved, string? Problem, int Passages, int NewFindings);
