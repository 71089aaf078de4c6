namespace Inspection.Bench.Report;

/// <summary>A stated target, the figure it is judged on, and whether the median meets it (null: not measured).</summary>
internal sealed record TargetCheck(string Target, string Measured, bool? Met);
