using System.Collections.Concurrent;

namespace Inspection.Application.Jobs;

/// <summary>
/// Why upload jobs this process runs are waiting, when the last try stopped on the data folder (full, read-only): kept in
/// memory only, set when a run stops that way and cleared when a run gets through, so an upload's page can say why its
/// files wait instead of showing "Waiting" with no reason.
/// </summary>
public sealed class JobHolds(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, JobHold> _holds = new(StringComparer.Ordinal);

    public void Hold(string jobId, string reason) => _holds[jobId] = new JobHold(reason, clock.GetUtcNow().UtcDateTime);

    /// <summary>A run got through: nothing waits on the data folder any more.</summary>
    public void ReleaseAll() => _holds.Clear();

    public JobHold? For(string jobId) => _holds.TryGetValue(jobId, out var hold) ? hold : null;
}

/// <summary>Why a job waits, and since when (UTC).</summary>
public sealed record JobHold(string Reason, DateTime SinceUtc);
