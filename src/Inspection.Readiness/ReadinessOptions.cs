using System.ComponentModel.DataAnnotations;

namespace Inspection.Readiness;

/// <summary>Settings of the readiness library, section <c>Readiness</c>.</summary>
public sealed class ReadinessOptions
{
    public const string SectionName = "Readiness";

    /// <summary>Evidence older than this many months no longer shows current practice; a theme with nothing newer is flagged stale.</summary>
    [Range(1, 120)]
    public int StaleAfterMonths { get; set; } = 12;

    /// <summary>The authority this repository serves, as printed on briefings ("Northshire County Council"); none when empty.</summary>
    [StringLength(200)]
    public string? AuthorityName { get; set; }
}
