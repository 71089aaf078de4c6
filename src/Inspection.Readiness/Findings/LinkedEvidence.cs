namespace Inspection.Readiness.Findings;

/// <summary>A passage linked to a finding as evidence of what was done or of its impact.</summary>
public sealed record LinkedEvidence(
    string PassageId,
    string DocumentId,
    string Title,
    string Kind,
    DateOnly? Date,
    int PageFrom,
    int PageTo,
    string Text);
