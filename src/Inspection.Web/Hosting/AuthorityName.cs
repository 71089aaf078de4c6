using Inspection.Application.Settings;
using Inspection.Content.Store;
using Inspection.Readiness.Authority;

namespace Inspection.Web.Hosting;

/// <summary>
/// Which authority the repository serves, for the banner every page shows administrators until one is set: kept between
/// requests rather than read from the store on each, read again at once after this process saves the settings, and at
/// most every few seconds otherwise.
/// </summary>
public sealed class AuthorityName(IServiceScopeFactory scopes, TimeProvider time, ContentChanges changes) : IDisposable
{
    private readonly PeriodicallyRead<string?> _name = new(
        TimeSpan.FromSeconds(10),
        time,
        async cancellationToken =>
        {
            await using var scope = scopes.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<AuthoritySettings>().GetAsync(cancellationToken);
        },
        null);

    private long _seen;

    /// <summary>The authority's name, or null when none is set yet.</summary>
    public Task<string?> GetAsync(CancellationToken cancellationToken)
    {
        var version = changes.VersionOf(OurAuthority.SettingsType);
        if (Interlocked.Exchange(ref _seen, version) != version)
        {
            _name.Invalidate();
        }

        return _name.GetAsync(cancellationToken);
    }

    public void Dispose() => _name.Dispose();
}
