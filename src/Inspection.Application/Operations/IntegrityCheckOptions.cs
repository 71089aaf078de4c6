namespace Inspection.Application.Operations;

/// <summary>How thorough a check is: whether to read every original to compare its hash, and how many passage ids to sample.</summary>
public sealed record IntegrityCheckOptions(bool HashOriginals = true, int SampleSize = 50)
{
    /// <summary>The most issues of one kind a section lists one by one; the rest are counted in one more line.</summary>
    public int MaxListed { get; init; } = 20;
}
