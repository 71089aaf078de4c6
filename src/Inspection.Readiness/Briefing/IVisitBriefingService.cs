namespace Inspection.Readiness.Briefing;

/// <summary>Builds the visit briefing of one theme, trimmed to the classifications the caller may see.</summary>
public interface IVisitBriefingService
{
    /// <summary>For a theme id, or a framework id for the whole framework; throws <see cref="ReadinessException"/> (not found) for neither.</summary>
    Task<VisitBriefing> BuildAsync(string themeId, IReadOnlyCollection<string> allowedClassifications, CancellationToken cancellationToken);

    /// <summary>As <see cref="BuildAsync(string, IReadOnlyCollection{string}, CancellationToken)"/>, with findings and evidence of one organisation only (null for all).</summary>
    Task<VisitBriefing> BuildAsync(string themeId, string? organisation, IReadOnlyCollection<string> allowedClassifications, CancellationToken cancellationToken);
}
