using System.Text;
using Inspection.Ingestion.Extraction;

namespace Inspection.Ingestion.Cleaning;

/// <summary>Collapses runs of whitespace (line breaks included) to one space and drops blocks left empty.</summary>
public sealed class WhitespaceCollapser : IBlockCleaner
{
    public IReadOnlyList<Block> Clean(IReadOnlyList<Block> blocks, int pageCount)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var result = new List<Block>(blocks.Count);
        foreach (var block in blocks)
        {
            var text = Collapse(block.Text);
            if (text.Length > 0)
            {
                result.Add(text == block.Text ? block : block with { Text = text });
            }
        }

        return result;
    }

    internal static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
