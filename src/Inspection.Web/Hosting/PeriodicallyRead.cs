namespace Inspection.Web.Hosting;

/// <summary>
/// A value read from the store at most once per <c>freshness</c> and shared by all requests meanwhile; one reader at a
/// time refreshes it, the others wait for that read rather than starting their own.
/// </summary>
public sealed class PeriodicallyRead<T>(TimeSpan freshness, TimeProvider time, Func<CancellationToken, Task<T>> read, T initial) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private T _value = initial;
    private DateTimeOffset _readAt = DateTimeOffset.MinValue;

    public async Task<T> GetAsync(CancellationToken cancellationToken)
    {
        if (time.GetUtcNow() - _readAt < freshness)
        {
            return _value;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (time.GetUtcNow() - _readAt >= freshness)
            {
                _value = await read(cancellationToken);
                _readAt = time.GetUtcNow();
            }

            return _value;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Forgets the value, so the next call reads the store.</summary>
    public void Invalidate() => _readAt = DateTimeOffset.MinValue;

    public void Dispose() => _gate.Dispose();
}
