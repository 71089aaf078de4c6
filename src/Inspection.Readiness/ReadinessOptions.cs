using System.ComponentModel.DataAnnotations;

namespace Inspection.Readiness;

/// <summary>Settings of the readiness library, section <c>Readiness</c>.</summary>
public sealed class ReadinessOptions
{
    public const string SectionName = "Readiness";

    /// <summary>Evidence older than this many months no longer shows current practice; a theme with nothing newer is flagged stale.</summary>
    [Range(1, 120)]
    public int StaleAfterMonths { get; set; } = 12;
}
