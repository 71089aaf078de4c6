using System.Collections.Frozen;
using Inspection.Content.Definitions;
using Inspection.Web.Hosting;

namespace Inspection.Web.Security;

/// <summary>
/// Each role's permissions as the store holds them (the <c>Roles</c> recipe step), read again at most every few seconds
/// so that a re-imported recipe takes effect without a restart and a request does not query the store for them.
/// </summary>
public sealed class RolePermissions(IServiceScopeFactory scopes, TimeProvider time) : IDisposable
{
    private readonly PeriodicallyRead<FrozenDictionary<string, FrozenSet<string>>> _byRole = new(
        TimeSpan.FromSeconds(10),
        time,
        async cancellationToken =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var roles = await scope.ServiceProvider.GetRequiredService<IRoleStore>().ListAsync(cancellationToken);
            return roles.ToFrozenDictionary(r => r.Name, r => r.Permissions.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
        },
        FrozenDictionary<string, FrozenSet<string>>.Empty);

    /// <summary>The role's permissions; an unknown role has none.</summary>
    public async Task<FrozenSet<string>> ForRoleAsync(string? role, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(role))
        {
            return FrozenSet<string>.Empty;
        }

        var byRole = await _byRole.GetAsync(cancellationToken);
        return byRole.TryGetValue(role, out var permissions) ? permissions : FrozenSet<string>.Empty;
    }

    /// <summary>The role names the store holds, for choosing one.</summary>
    public async Task<IReadOnlyList<string>> RoleNamesAsync(CancellationToken cancellationToken) =>
        [.. (await _byRole.GetAsync(cancellationToken)).Keys.Order(StringComparer.Ordinal)];

    /// <summary>Forgets what was read, so the next call reads the store (after a recipe import).</summary>
    public void Invalidate() => _byRole.Invalidate();

    public void Dispose() => _byRole.Dispose();
}
