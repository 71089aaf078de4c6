namespace Inspection.Content.Persistence;

/// <summary>Links a finding to an action or a piece of evidence (<see cref="LinkType"/> is <c>action</c> or <c>evidence</c>).</summary>
public sealed class FindingLinkRecord
{
    public string FindingId { get; set; } = "";

    public string LinkType { get; set; } = "";

    public string TargetId { get; set; } = "";

    public DateTime CreatedUtc { get; set; }
}
