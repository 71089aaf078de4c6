using Inspection.Content.Recipes;
using Inspection.Readiness.Briefing;
using Inspection.Readiness.Coverage;
using Inspection.Readiness.Findings;
using Inspection.Readiness.Frameworks;
using Inspection.Readiness.Setup;
using Inspection.Readiness.Themes;
using Inspection.Search.Indexing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Inspection.Readiness;

/// <summary>Registers the readiness services (frameworks, coverage, findings tracker).</summary>
public static class ReadinessServiceCollectionExtensions
{
    /// <summary>Adds readiness; content, recipes and search (<c>AddInspectionContent</c>, <c>AddInspectionRecipes</c>, <c>AddInspectionSearch</c>) must be registered too.</summary>
    public static IServiceCollection AddInspectionReadiness(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<ReadinessOptions>()
            .BindConfiguration(ReadinessOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        // Frameworks, themes as saved queries, coverage.
        services.TryAddScoped<IFrameworkCatalog, ContentFrameworkCatalog>();
        services.AddRecipeStep<FrameworksStepHandler>();
        services.TryAddSingleton<ThemeQueryBuilder>();
        services.TryAddSingleton<ThemeMatcher>();
        services.TryAddSingleton<ThemeCacheCheck>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IIndexWarmer, ThemeWarmer>());
        services.TryAddScoped<IThemeEvidence, ThemeEvidence>();
        // Which authority the repository serves: readiness is about ours, peers' evidence is kept apart.
        services.TryAddScoped<Authority.OurAuthority>();
        services.AddCodeContentType(Authority.OurAuthority.SettingsType);
        services.TryAddScoped<OpenFindingReader>();
        services.TryAddScoped<ICoverageService, CoverageService>();

        // Findings tracker and visit briefings.
        services.TryAddSingleton<FindingLinkState>();
        services.TryAddScoped<FindingHistoryLinker>();
        services.TryAddScoped<IFindingTracker, FindingTracker>();
        // Who may see what of findings, actions, jobs and audit lines: decided once, for every host.
        services.TryAddScoped<Access.AccessPolicy>();
        services.TryAddScoped<IVisitBriefingService, VisitBriefingService>();
        services.TryAddScoped<StoreSetup>();
        services.TryAddScoped<Packs.EvidencePackBuilder>();
        services.TryAddScoped<Plans.ImprovementPlan>();
        return services;
    }
}
