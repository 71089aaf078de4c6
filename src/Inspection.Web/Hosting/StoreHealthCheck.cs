using Inspection.Content.Persistence;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Inspection.Web.Hosting;

/// <summary>Healthy when the store answers a query (for <c>/health</c>).</summary>
public sealed class StoreHealthCheck(IServiceScopeFactory scopes) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InspectionDbContext>();
        return await db.Database.CanConnectAsync(cancellationToken) ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("store unreachable");
    }
}
