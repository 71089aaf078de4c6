using Inspection.Content.Store;
using Inspection.Readiness.Frameworks;
using Inspection.Web.Hosting;

namespace Inspection.Web.Evidence;

/// <summary>
/// The frameworks and themes for the pages' choosers, kept between requests rather than read from the store on every
/// one: read again at once after this process saves a framework or theme (an edit, a recipe import), and at most every
/// few seconds otherwise, for writes by other processes. Searches always use the stored theme itself.
/// </summary>
public sealed class FrameworkList(IServiceScopeFactory scopes, TimeProvider time, ContentChanges changes) : IDisposable
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

    private long _seen;

    public Task<IReadOnlyList<FrameworkDefinition>> ListAsync(CancellationToken cancellationToken)
    {
        var version = changes.VersionOf(FrameworkContent.FrameworkType) + changes.VersionOf(FrameworkContent.ThemeType);
        if (Interlocked.Exchange(ref _seen, version) != version)
        {
            _frameworks.Invalidate();
        }

        return _frameworks.GetAsync(cancellationToken);
    }

    public void Dispose() => _frameworks.Dispose();
}
