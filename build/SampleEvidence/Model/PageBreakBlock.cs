namespace SampleEvidence.Model;

/// <summary>Starts a new page in paged formats; ignored in HTML.</summary>
internal sealed record PageBreakBlock : Block;
