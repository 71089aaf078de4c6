using System.Collections.Frozen;
using Inspection.Content.Definitions;

namespace Inspection.Web.Security;

/// <summary>
/// Each role's permissions as the store holds them (the <c>Roles</c> recipe step), read again at most every few seconds
/// so that a re-imported recipe takes effect without a restart and a request does not query the store for them.
/// </summary>
public sealed class RolePermissions(IServiceScopeFactory scopes, TimeProvider time) : IDisposable
{
    private static readonly TimeSpan Freshness = TimeSpan.FromSeconds(10);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private FrozenDictionary<string, FrozenSet<string>> _byRole = FrozenDictionary<string, FrozenSet<string>>.Empty;
    private DateTimeOffset _readAt = DateTimeOffset.MinValue;

    /// <summary>The role's permissions; an unknown role has none.</summary>
    public async Task<FrozenSet<string>> ForRoleAsync(string? role, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(role))
        {
            return FrozenSet<string>.Empty;
        }

        var byRole = await CurrentAsync(cancellationToken);
        return byRole.TryGetValue(role, out var permissions) ? permissions : FrozenSet<string>.Empty;
    }

    /// <summary>The role names the store holds, for choosing one.</summary>
    public async Task<IReadOnlyList<string>> RoleNamesAsync(CancellationToken cancellationToken) =>
        [.. (await CurrentAsync(cancellationToken)).Keys.Order(StringComparer.Ordinal)];

    /// <summary>Forgets what was read, so the next call reads the store (after a recipe import).</summary>
    public void Invalidate() => _readAt = DateTimeOffset.MinValue;

    public void Dispose() => _gate.Dispose();

    private async Task<FrozenDictionary<string, FrozenSet<string>>> CurrentAsync(CancellationToken cancellationToken)
    {
        if (time.GetUtcNow() - _readAt < Freshness)
        {
            return _byRole;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (time.GetUtcNow() - _readAt >= Freshness)
            {
                await using var scope = scopes.CreateAsyncScope();
                var roles = await scope.ServiceProvider.GetRequiredService<IRoleStore>().ListAsync(cancellationToken);
                _byRole = roles.ToFrozenDictionary(r => r.Name, r => r.Permissions.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
                _readAt = time.GetUtcNow();
            }

            return _byRole;
        }
        finally
        {
            _gate.Release();
        }
    }
}
