namespace Inspection.Search.Pruning;

/// <summary>
/// What is kept for one word or phrase in one segment: its block maxima and, for a phrase, the passages it occurs in
/// with how often (deleted passages included; the scorer leaves them out), so it need not be matched again.
/// </summary>
internal sealed record SegmentPostings(byte[] Maxima, int[]? Docs, ushort[]? Freqs)
{
    public static SegmentPostings Absent { get; } = new([], null, null);

    public long Bytes => Maxima.Length + ((Docs?.Length ?? 0) * (sizeof(int) + sizeof(ushort)));
}
