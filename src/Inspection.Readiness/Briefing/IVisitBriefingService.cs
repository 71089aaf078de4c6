namespace Inspection.Readiness.Briefing;

/// <summary>Builds the visit briefing of one theme, trimmed to the classifications the caller may see.</summary>
public interface IVisitBriefingService
{
    /// <summary>Throws <see cref="ReadinessException"/> (not found) for an unknown theme id.</summary>
    Task<VisitBriefing> BuildAsync(string themeId, IReadOnlyCollection<string> allowedClassifications, CancellationToken cancellationToken);
}
