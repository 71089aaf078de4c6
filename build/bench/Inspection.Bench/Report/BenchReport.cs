namespace Inspection.Bench.Report;

/// <summary>Everything one run of the benchmarks produced, as written to latest.json.</summary>
internal sealed record BenchReport(
    string Size,
    DateTimeOffset StartedUtc,
    double TotalMinutes,
    string Commit,
    IReadOnlyDictionary<string, string> Machine,
    IReadOnlyList<Figure> Figures,
    IReadOnlyList<TargetCheck> Targets,
    IReadOnlyList<string> Notes);
