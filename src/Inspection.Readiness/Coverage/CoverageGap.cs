namespace Inspection.Readiness.Coverage;

/// <summary>Why a theme's evidence would not satisfy an inspector, in words a leader can act on; <see cref="Code"/> is a stable id.</summary>
public sealed record CoverageGap(string Code, string Reason);
