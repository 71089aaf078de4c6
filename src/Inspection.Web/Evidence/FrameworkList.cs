using Inspection.Readiness.Frameworks;
using Inspection.Web.Hosting;

namespace Inspection.Web.Evidence;

/// <summary>
/// The frameworks and themes for the pages' choosers, read from the store at most every few seconds rather than on every
/// request (an edited theme's title shows within that time; searches always use the stored theme itself).
/// </summary>
public sealed class FrameworkList(IServiceScopeFactory scopes, TimeProvider time) : IDisposable
{
    private readonly PeriodicallyRead<IReadOnlyList<FrameworkDefinition>> _frameworks = new(
        TimeSpan.FromSeconds(10),
        time,
        async cancellationToken =>
        {
            await using var scope = scopes.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<IFrameworkCatalog>().ListAsync(cancellationToken);
        },
        []);

    public Task<IReadOnlyList<FrameworkDefinition>> ListAsync(CancellationToken cancellationToken) => _frameworks.GetAsync(cancellationToken);

    public void Dispose() => _frameworks.Dispose();
}
