using Inspection.Ingestion.Extraction;
using Inspection.Ingestion.Formats;

namespace Inspection.Ingestion.Tests.Enrichment;

/// <summary>Builds small documents in tests: "# text" is a heading ("## text" and "#### text" of levels 2 and 4), "- text" a list item, "| a | b" a table row, "---" a page break.</summary>
public static class Blocks
{
    public static ExtractedDocument Document(params string[] lines)
    {
        var blocks = new List<Block>();
        var page = 1;
        foreach (var line in lines)
        {
            if (line == "---")
            {
                page++;
            }
            else if (line.StartsWith("# ", StringComparison.Ordinal))
            {
                blocks.Add(new Block(line[2..], BlockKind.Heading, page, 1));
            }
            else if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                blocks.Add(new Block(line[3..], BlockKind.Heading, page, 2));
            }
            else if (line.StartsWith("#### ", StringComparison.Ordinal))
            {
                blocks.Add(new Block(line[5..], BlockKind.Heading, page, 4));
            }
            else if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                blocks.Add(new Block(line[2..], BlockKind.ListItem, page));
            }
            else if (line.StartsWith("| ", StringComparison.Ordinal))
            {
                blocks.Add(new Block(line[2..], BlockKind.TableRow, page));
            }
            else
            {
                blocks.Add(new Block(line, BlockKind.Paragraph, page));
            }
        }

        return new ExtractedDocument("test.pdf", FileFormat.Pdf, page, blocks, null);
    }
}
