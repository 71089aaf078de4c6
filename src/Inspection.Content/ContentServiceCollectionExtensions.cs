using Inspection.Content.Audit;
using Inspection.Content.Blobs;
using Inspection.Content.Definitions;
using Inspection.Content.Evidence;
using Inspection.Content.Jobs;
using Inspection.Content.Outbox;
using Inspection.Content.Persistence;
using Inspection.Content.Store;
using Inspection.Content.Users;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Inspection.Content;

/// <summary>Registers the content store: options, the provider's DbContext, and the store services.</summary>
public static class ContentServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="StoreOptions"/> from the "Store" section (the host must register <c>IConfiguration</c>),
    /// then applies <paramref name="configure"/>, so a command-line setting wins over configuration.
    /// </summary>
    public static IServiceCollection AddInspectionContent(this IServiceCollection services, Action<StoreOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);

        var options = services.AddOptions<StoreOptions>()
            .BindConfiguration(StoreOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<JobsOptions>()
            .BindConfiguration(JobsOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<JobNode>();

        // Both contexts are registered; only the configured provider's is ever resolved.
        services.AddDbContext<SqliteInspectionDbContext>((sp, builder) =>
            StoreDbContextOptions.UseSqlite(builder, sp.GetRequiredService<IOptions<StoreOptions>>().Value.EffectiveConnectionString));
        services.AddDbContext<PostgresInspectionDbContext>((sp, builder) =>
            StoreDbContextOptions.UsePostgres(builder, sp.GetRequiredService<IOptions<StoreOptions>>().Value.EffectiveConnectionString));
        services.TryAddScoped<InspectionDbContext>(sp =>
            sp.GetRequiredService<IOptions<StoreOptions>>().Value.Provider == StoreProvider.PostgreSQL
                ? sp.GetRequiredService<PostgresInspectionDbContext>()
                : sp.GetRequiredService<SqliteInspectionDbContext>());

        services.TryAddScoped<StoreUnitOfWork>();
        services.TryAddScoped<IStoreInitializer, StoreInitializer>();
        services.TryAddSingleton<ContentChanges>();
        services.TryAddScoped<IContentStore, ContentStore>();
        services.TryAddScoped<IEvidenceStore, EvidenceStore>();
        services.TryAddScoped<IContentDefinitionStore, ContentDefinitionStore>();
        services.TryAddSingleton<IEvidenceTypeCatalog, EvidenceTypeCatalog>();
        services.TryAddScoped<IRoleStore, RoleStore>();
        services.TryAddScoped<IIndexingTaskReader, IndexingTaskReader>();
        services.TryAddScoped<IIndexingFailureStore, IndexingFailureStore>();
        services.TryAddScoped<IIngestionJobStore, IngestionJobStore>();
        services.TryAddScoped<IAuditLog, AuditLog>();
        services.TryAddScoped<IUserAccountStore, UserAccountStore>();
        services.TryAddSingleton<IBlobStore, FileSystemBlobStore>();
        services.TryAddScoped<Archive.StoreExporter>();
        services.TryAddScoped<Archive.StoreImporter>();
        services.TryAddScoped<Integrity.StoreInventory>();
        return services;
    }
}
