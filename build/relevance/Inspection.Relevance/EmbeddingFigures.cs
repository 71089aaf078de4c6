namespace Inspection.Relevance;

/// <summary>Passages embedded, the time it took (model load included), and the vectors' memory and disk bytes.</summary>
public sealed record EmbeddingFigures(int Passages, TimeSpan Elapsed, long MemoryBytes, long DiskBytes)
{
    public double PassagesPerSecond => Elapsed.TotalSeconds > 0 ? Passages / Elapsed.TotalSeconds : 0;
}
