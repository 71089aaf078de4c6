using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Readiness;

/// <summary>Registers the readiness services (frameworks, coverage, findings tracker).</summary>
public static class ReadinessServiceCollectionExtensions
{
    public static IServiceCollection AddInspectionReadiness(this IServiceCollection services) => services;
}
