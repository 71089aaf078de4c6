namespace Inspection.Ingestion.Extraction;

/// <summary>What cleaning took away that repeats across pages (running headers and footers), kept as distinct lines.</summary>
internal static class PageFurniture
{
    private const int MaxLines = 20;

    public static IReadOnlyList<string> Removed(IReadOnlyList<Block> raw, IReadOnlyList<Block> cleaned)
    {
        var kept = new HashSet<string>(cleaned.Select(b => b.Text.Trim()), StringComparer.Ordinal);
        return [.. raw
            .Select(b => b.Text.Trim())
            .Where(text => text.Length > 0 && !kept.Contains(text))
            .GroupBy(text => text, StringComparer.Ordinal)
            .Where(group => group.Count() > 1)
            .Select(group => group.Key)
            .Take(MaxLines)];
    }
}
