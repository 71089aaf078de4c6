using System.Diagnostics;

namespace Inspection.Bench;

/// <summary>What a child phase reports back: seconds, a count of work done, and its process's peak working set.</summary>
internal sealed record PhaseResult(double Seconds, long Count, long PeakWorkingSetBytes, IReadOnlyDictionary<string, double>? Extra = null)
{
    public static long PeakWorkingSet()
    {
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        return self.PeakWorkingSet64;
    }
}
