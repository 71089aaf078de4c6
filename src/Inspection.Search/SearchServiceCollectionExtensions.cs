using Inspection.Content.Outbox;
using Inspection.Content.Recipes;
using Inspection.Search.Analysis;
using Inspection.Search.Indexing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Inspection.Search;

/// <summary>Registers the search library: options, analyzer, glossary, the index singleton and the search service.</summary>
public static class SearchServiceCollectionExtensions
{
    public static IServiceCollection AddInspectionSearch(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<SearchOptions>()
            .BindConfiguration(SearchOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<InspectionAnalyzer>();
        services.TryAddSingleton(sp => new GlossaryProvider(
            sp.GetRequiredService<IOptions<SearchOptions>>().Value.GlossaryPath,
            sp.GetRequiredService<InspectionAnalyzer>()));
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<SearchOptions>>().Value;
            var path = string.IsNullOrWhiteSpace(options.PlainEnglishPath)
                ? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(options.GlossaryPath)) ?? ".", Meaning.PlainEnglishLoader.DefaultFileName)
                : options.PlainEnglishPath;
            return new Meaning.PlainEnglishProvider(path, sp.GetRequiredService<InspectionAnalyzer>());
        });
        services.TryAddSingleton<PassageIndex>();
        services.TryAddSingleton(sp => Meaning.MeaningModels.Create(sp.GetRequiredService<IOptions<SearchOptions>>().Value.MeaningModel));
        services.TryAddSingleton<Meaning.MeaningIndex>();
        // Long-running hosts (the web app) embed new passages in the background; the CLI runs no hosted services.
        services.AddHostedService<Meaning.MeaningCatchUpService>();
        services.TryAddSingleton<SearchService>();
        services.TryAddSingleton<OutboxIndexer>();
        // Evidence committed in this process reaches the local index from memory, without a read back from the store.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IEvidenceCommitListener, LocalIndexCommitListener>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBatchCommitListener, LocalIndexBatchListener>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IIndexWarmer, Pruning.PruningWarmer>());
        services.AddRecipeStep<GlossaryStepHandler>();
        services.AddRecipeStep<Meaning.PlainEnglishStepHandler>();
        return services;
    }
}
