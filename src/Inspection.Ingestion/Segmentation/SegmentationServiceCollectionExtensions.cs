using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Inspection.Ingestion.Segmentation;

/// <summary>Registers the passage segmenter and its options (section <see cref="PassageSegmenterOptions.SectionName"/>, validated at start).</summary>
public static class SegmentationServiceCollectionExtensions
{
    public static IServiceCollection AddInspectionSegmentation(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<PassageSegmenterOptions>()
            .ValidateDataAnnotations()
            .Validate(o => o.MinWords < o.MaxWords, "Segmentation:MinWords must be less than Segmentation:MaxWords.")
            .ValidateOnStart();
        services.TryAddSingleton<IPassageSegmenter, PassageSegmenter>();
        return services;
    }
}
