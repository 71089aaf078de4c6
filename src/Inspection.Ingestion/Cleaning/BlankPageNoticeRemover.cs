using System.Text.RegularExpressions;
using Inspection.Ingestion.Extraction;

namespace Inspection.Ingestion.Cleaning;

/// <summary>Drops "This page is intentionally left blank" notices.</summary>
public sealed partial class BlankPageNoticeRemover : IBlockCleaner
{
    public IReadOnlyList<Block> Clean(IReadOnlyList<Block> blocks, int pageCount)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        return [.. blocks.Where(b => b.Text.Length > 60 || !Notice().IsMatch(b.Text))];
    }

    [GeneratedRegex(@"^[\[(]?\s*(?:this\s+)?page\s+(?:has\s+been\s+|is\s+|was\s+)?(?:intentionally|deliberately)\s+(?:been\s+)?(?:left\s+)?blank\.?\s*[\])]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Notice();
}
