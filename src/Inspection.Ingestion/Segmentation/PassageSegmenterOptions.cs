using System.ComponentModel.DataAnnotations;

namespace Inspection.Ingestion.Segmentation;

/// <summary>Passage sizes in words: passages aim to fall between the two, whole sentences permitting.</summary>
public sealed class PassageSegmenterOptions
{
    public const string SectionName = "Segmentation";

    [Range(1, 10_000)]
    public int MinWords { get; set; } = 50;

    [Range(10, 10_000)]
    public int MaxWords { get; set; } = 300;

    /// <summary>Separates a heading path's levels ("4. Update on Progress &gt; 4.7 Area 7").</summary>
    [Required]
    public string HeadingSeparator { get; set; } = " > ";
}
