namespace Inspection.Bench.Search;

/// <summary>Latencies (ms) of one run of the mix on one and on two threads, the two-thread wall time, the process peak.</summary>
internal sealed record QueryRun(List<double> Single, List<double> Dual, double DualSeconds, long PeakWorkingSetBytes);
