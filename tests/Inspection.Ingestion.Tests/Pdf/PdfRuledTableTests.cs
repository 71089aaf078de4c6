using Inspection.Ingestion.Extraction;
using Inspection.Ingestion.Tests.TestSupport;

namespace Inspection.Ingestion.Tests.Pdf;

public sealed class PdfRuledTableTests
{
    private static readonly string[][] Plan =
    [
        ["Ref", "Action", "Owner", "Due date", "RAG"],
        ["1.1", "Publish one threshold document with partners", "Head of the front door", "30/06/2025", "Green"],
        ["1.2", "Hold strategy discussions within a day", "Emergency duty team manager", "31/07/2025", "Amber"],
        ["2.1", "Review plans older than eighteen months", "Head of safeguarding", "31/10/2025", "Red"],
    ];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void CellsOfARuledTableComeFromItsRulesHoweverNarrowTheGaps(bool filledRules)
    {
        using var temp = new TempFolder();
        var path = temp.Write("plan.pdf", GeneratedPdfs.RuledTable(Plan, filledRules));

        var document = Extractors.Extract(path);

        var rows = document.Blocks.Where(b => b.Kind == BlockKind.TableRow).Select(b => b.Text).ToList();
        Assert.Equal(Plan.Select(r => string.Join(" | ", r)), rows);
        Assert.Equal("Actions agreed after the inspection", document.Blocks[0].Text);
        Assert.Equal("The board will review these actions in December.", document.Blocks[^1].Text);
    }
}
