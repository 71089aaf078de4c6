namespace Inspection.Bench.Search;

/// <summary>
/// Latencies (ms) of one run of the mix on one and on two threads, the two-thread wall time, the process peak; for ours
/// also the first pass in the fresh process and the bytes of block maxima and phrase matches kept at the end.
/// </summary>
internal sealed record QueryRun(List<double> Single, List<double> Dual, double DualSeconds, long PeakWorkingSetBytes, List<double>? First = null, long KeptBytes = 0);
