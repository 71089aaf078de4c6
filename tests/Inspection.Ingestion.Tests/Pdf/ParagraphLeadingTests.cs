using Inspection.Ingestion.Extraction;
using Inspection.Ingestion.Pdf;

namespace Inspection.Ingestion.Tests.Pdf;

public sealed class ParagraphLeadingTests
{
    [Fact]
    public void ShortParagraphsSpacedApartStayApartWhenTheirGapsAreAsManyAsTheirLines()
    {
        // Round 14's Ashgarth report: sections of two-line paragraphs under headings half a point larger than the body. Steps
        // across paragraph gaps and to headings outnumber the steps within paragraphs; the paragraphs' last lines run nearly to
        // the column's edge, so only the gap tells where one paragraph ends.
        var lines = new List<PdfLine>();
        var y = 760.0;
        for (var section = 1; section <= 4; section++)
        {
            lines.Add(Line("Section " + section, y, 12, bold: true, right: 160));
            y -= 23;
            foreach (var paragraph in new[] { "First", "Second" })
            {
                lines.Add(Line(paragraph + " paragraph of section " + section + " opens with a line that runs to the edge of the", y, 11.5, bold: false, right: 515));
                y -= 16;
                lines.Add(Line("column and ends on a line that is nearly as long as the others are.", y, 11.5, bold: false, right: 470));
                y -= 24;
            }

            y -= 6;
        }

        var blocks = new PdfBlockBuilder([lines]).Build(CancellationToken.None);

        var paragraphs = blocks.Where(b => b.Kind == BlockKind.Paragraph).Select(b => b.Text).ToList();
        Assert.Equal(8, paragraphs.Count);
        Assert.All(paragraphs, p => Assert.EndsWith("as long as the others are.", p, StringComparison.Ordinal));
    }

    private static PdfLine Line(string text, double baseline, double size, bool bold, double right) =>
        new(text, [text], baseline, 72, right, size, bold, text.Length);
}
