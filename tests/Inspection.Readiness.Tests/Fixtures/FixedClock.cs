namespace Inspection.Readiness.Tests.Fixtures;

/// <summary>A clock whose "now" the test sets, so "stale" is judged against a known today.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
