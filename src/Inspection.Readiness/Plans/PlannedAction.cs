using Inspection.Content.Evidence;
using Inspection.Readiness.Findings;

namespace Inspection.Readiness.Plans;

/// <summary>An improvement-plan action with the findings it answers.</summary>
public sealed record PlannedAction(TrackedAction Action, IReadOnlyList<Finding> Findings);
