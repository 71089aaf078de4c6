using Inspection.Application.Audit;
using Inspection.Application.Documents;
using Inspection.Application.Findings;
using Inspection.Application.Jobs;
using Inspection.Application.Plans;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Inspection.Application;

/// <summary>Registers the use cases that the web pages, the API and the CLI all call.</summary>
public static class ApplicationServiceCollectionExtensions
{
    /// <summary>Adds the application layer; the libraries below it (<c>AddInspectionReadiness</c> and what it needs) must be registered too.</summary>
    public static IServiceCollection AddInspectionApplication(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<RecycleBinOptions>().BindConfiguration(RecycleBinOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<DocumentService>();
        services.TryAddScoped<DocumentEditor>();
        services.TryAddScoped<DocumentHistory>();
        services.TryAddScoped<NewVersions>();
        services.TryAddScoped<RecycleBin>();
        services.TryAddScoped<FindingService>();
        services.TryAddScoped<FindingEvidenceSearch>();
        services.TryAddScoped<PlanService>();
        services.TryAddScoped<JobService>();
        services.TryAddSingleton<JobHolds>();
        services.TryAddScoped<AuditReader>();
        services.TryAddScoped<Settings.AuthoritySettings>();
        services.TryAddScoped<Health.IndexHealth>();
        services.TryAddScoped<Exports.ReadinessExports>();
        services.TryAddScoped<Access.CallerDirectory>();
        services.TryAddScoped<Accounts.AccountAdministration>();
        services.TryAddScoped<Accounts.CouncilSignIn>();
        services.TryAddScoped<Searches.EvidenceSearch>();
        services.TryAddSingleton<Accounts.ISignInHolds, Accounts.NoSignInHolds>();
        services.TryAddScoped<Items.TypeEditors>();
        services.TryAddScoped<Items.AuthoringService>();
        services.TryAddScoped<Items.VersionHistory>();
        services.TryAddScoped<Searches.ISavedSearchFinder, Searches.SavedSearchFinder>();
        services.TryAddScoped<Searches.SavedSearches>();
        services.TryAddSingleton<Learning.KindModelFile>();
        services.TryAddScoped<Learning.KindLearning>();
        services.TryAddScoped<Operations.IntegrityCheck>();
        services.TryAddScoped<Operations.StoreBackup>();
        services.TryAddScoped<Operations.RecipeTransfer>();
        services.TryAddScoped<Operations.IndexMaintenance>();
        services.TryAddScoped<Packs.EvidencePacks>();
        // The sections of 'inspection check', in report order; add new ones at the end (see IIntegrityCheckSection).
        services.TryAddEnumerable(ServiceDescriptor.Scoped<Operations.IIntegrityCheckSection, Operations.StoreCheck>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<Operations.IIntegrityCheckSection, Operations.OriginalsCheck>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<Operations.IIntegrityCheckSection, Operations.OrphansCheck>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<Operations.IIntegrityCheckSection, Operations.IndexCheck>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<Operations.IIntegrityCheckSection, Operations.ThemesCheck>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<Operations.IIntegrityCheckSection, Operations.JobsCheck>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<Operations.IIntegrityCheckSection, Operations.IndexFailuresCheck>());
        return services;
    }
}
