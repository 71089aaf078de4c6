using Inspection.Readiness.Briefing;
using Inspection.Readiness.Findings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Inspection.Readiness;

/// <summary>Registers the readiness services (frameworks, coverage, findings tracker).</summary>
public static class ReadinessServiceCollectionExtensions
{
    public static IServiceCollection AddInspectionReadiness(this IServiceCollection services)
    {
        // Findings tracker and visit briefings.
        services.TryAddScoped<FindingHistoryLinker>();
        services.TryAddScoped<IFindingTracker, FindingTracker>();
        services.TryAddScoped<IVisitBriefingService, VisitBriefingService>();
        return services;
    }
}
