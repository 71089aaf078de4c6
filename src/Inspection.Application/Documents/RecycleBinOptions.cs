using System.ComponentModel.DataAnnotations;

namespace Inspection.Application.Documents;

/// <summary>The <c>RecycleBin</c> settings: how long a deleted document can still be restored before it is purged.</summary>
public sealed class RecycleBinOptions
{
    public const string SectionName = "RecycleBin";

    /// <summary>Days a deleted document stays restorable (default 30).</summary>
    [Range(1, 3650)]
    public int RetentionDays { get; set; } = 30;
}
