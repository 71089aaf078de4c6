using Inspection.Search.Indexing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Inspection.Web.Hosting;

/// <summary>Healthy when the search index is open and readable (for <c>/health</c>).</summary>
public sealed class IndexHealthCheck(PassageIndex index) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        // Reading the passage count acquires and releases a searcher: it fails if the index cannot be read.
        _ = index.PassageCount;
        return Task.FromResult(HealthCheckResult.Healthy());
    }
}
