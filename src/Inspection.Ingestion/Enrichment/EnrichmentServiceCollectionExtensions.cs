using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Inspection.Ingestion.Enrichment;

/// <summary>Registers the document enricher.</summary>
public static class EnrichmentServiceCollectionExtensions
{
    public static IServiceCollection AddInspectionEnrichment(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<IDocumentEnricher, DocumentEnricher>();
        return services;
    }
}
