using Inspection.Content.Evidence;

namespace Inspection.Readiness.Coverage;

/// <summary>A finding still to be acted on, with whether it has a linked action and evidence of impact since its visit.</summary>
public sealed record OpenFinding(Finding Finding, bool HasAction, bool HasImpact);
