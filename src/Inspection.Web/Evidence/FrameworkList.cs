using Inspection.Readiness.Frameworks;

namespace Inspection.Web.Evidence;

/// <summary>
/// The frameworks and themes for the pages' choosers, read from the store at most every few seconds rather than on every
/// request (an edited theme's title shows within that time; searches always use the stored theme itself).
/// </summary>
public sealed class FrameworkList(IServiceScopeFactory scopes, TimeProvider time) : IDisposable
{
    private static readonly TimeSpan Freshness = TimeSpan.FromSeconds(10);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IReadOnlyList<FrameworkDefinition> _frameworks = [];
    private DateTimeOffset _readAt = DateTimeOffset.MinValue;

    public async Task<IReadOnlyList<FrameworkDefinition>> ListAsync(CancellationToken cancellationToken)
    {
        if (time.GetUtcNow() - _readAt < Freshness)
        {
            return _frameworks;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (time.GetUtcNow() - _readAt >= Freshness)
            {
                await using var scope = scopes.CreateAsyncScope();
                _frameworks = await scope.ServiceProvider.GetRequiredService<IFrameworkCatalog>().ListAsync(cancellationToken);
                _readAt = time.GetUtcNow();
            }

            return _frameworks;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
