namespace Inspection.Bench.Web;

/// <summary>One wrk run: its requests/s line and its latency percentiles (ms), with the counts the bench checks.</summary>
internal sealed record WrkResult(long Requests, double Seconds, double RequestsPerSecond, double P50, double P95, double P99, long Non2xx, int FirstBadStatus, long SocketErrors);
