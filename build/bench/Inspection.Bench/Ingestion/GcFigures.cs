using System.Diagnostics;

namespace Inspection.Bench.Ingestion;

/// <summary>The process's garbage collection, JIT and CPU counters at one moment, to tell allocation pressure and warm-up from work.</summary>
internal sealed record GcFigures(double PauseSeconds, int Gen0, int Gen1, int Gen2, long AllocatedBytes, double CpuSeconds, double JitSeconds, long JitMethods)
{
    public static GcFigures Take()
    {
        using var process = Process.GetCurrentProcess();
        return new(
            GC.GetTotalPauseDuration().TotalSeconds,
            GC.CollectionCount(0),
            GC.CollectionCount(1),
            GC.CollectionCount(2),
            GC.GetTotalAllocatedBytes(precise: false),
            process.TotalProcessorTime.TotalSeconds,
            System.Runtime.JitInfo.GetCompilationTime(currentThread: false).TotalSeconds,
            System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: false));
    }

    public Dictionary<string, double> Since(GcFigures before) => new(StringComparer.Ordinal)
    {
        ["cpuSeconds"] = CpuSeconds - before.CpuSeconds,
        ["gcPauseSeconds"] = PauseSeconds - before.PauseSeconds,
        ["gen0Collections"] = Gen0 - before.Gen0,
        ["gen1Collections"] = Gen1 - before.Gen1,
        ["gen2Collections"] = Gen2 - before.Gen2,
        ["allocatedMegabytes"] = (AllocatedBytes - before.AllocatedBytes) / (1024.0 * 1024.0),
        ["jitSeconds"] = JitSeconds - before.JitSeconds,
        ["jitMethods"] = JitMethods - before.JitMethods,
    };
}
