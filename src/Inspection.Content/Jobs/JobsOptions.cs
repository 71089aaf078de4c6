using System.ComponentModel.DataAnnotations;

namespace Inspection.Content.Jobs;

/// <summary>
/// The "Jobs" configuration section: who this node is when it claims upload job items, and how long a claim holds
/// without being renewed before another node may take the item over.
/// </summary>
public sealed class JobsOptions
{
    public const string SectionName = "Jobs";

    /// <summary>This node's name in the store's claims; empty means host name, process id and a random suffix.</summary>
    [MaxLength(200)]
    public string? NodeId { get; set; }

    /// <summary>
    /// How long a claim lasts unless renewed. A working node renews its claims every third of this, so a node that dies
    /// leaves its items to the others after at most this long.
    /// </summary>
    [Range(1, 3_600)]
    public int LeaseSeconds { get; set; } = 60;
}
