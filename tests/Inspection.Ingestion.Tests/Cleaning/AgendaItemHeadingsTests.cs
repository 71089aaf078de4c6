using Inspection.Ingestion.Cleaning;
using Inspection.Ingestion.Extraction;
using Inspection.Ingestion.Segmentation;
using Microsoft.Extensions.Options;

namespace Inspection.Ingestion.Tests.Cleaning;

public sealed class AgendaItemHeadingsTests
{
    private static readonly PassageSegmenter Segmenter = new(Options.Create(new PassageSegmenterOptions()));

    [Fact]
    public void EachReportOfAPackStartsItsOwnHeadingPath()
    {
        var blocks = new List<Block>
        {
            new("Minutes of the last meeting", BlockKind.Heading, 1, 1),
            new("3. Early help performance", BlockKind.Heading, 1, 1),
            new("The committee heard that more families were helped this year than last.", BlockKind.Paragraph, 1),
            new("3 February 2026 | ITEM: 5", BlockKind.TableRow, 2),
            new("Children and Families Scrutiny Committee", BlockKind.Heading, 2, 3),
            new("Fostering: annual update", BlockKind.Heading, 2, 1),
            new("Report of: Head of Fostering", BlockKind.Paragraph, 2),
            new("1. Recommendations", BlockKind.Heading, 2, 1),
            new("That the committee notes the number of new carers approved this year.", BlockKind.Paragraph, 2),
            new("Agenda Item 6", BlockKind.Paragraph, 3),
            new("Children and Families Scrutiny Committee Ofsted focused visit: outcome and response", BlockKind.Paragraph, 3),
            new("1. Recommendations", BlockKind.Heading, 3, 1),
            new("That the committee notes the letter and the actions taken since the visit.", BlockKind.Paragraph, 3),
        };

        var cleaned = new AgendaItemHeadings().Clean(blocks, 3);
        var paths = Segmenter.Segment(cleaned).Select(p => p.HeadingPath).ToList();

        // Short sections join the one before them, so the first report's recommendations may share its title's passage.
        Assert.Contains("Fostering: annual update", paths);
        Assert.Contains("Ofsted focused visit: outcome and response > 1. Recommendations", paths);
        Assert.DoesNotContain(paths, p => p.Contains("Early help performance >", StringComparison.Ordinal) || p.Contains("Fostering: annual update >", StringComparison.Ordinal) && p.Contains("Ofsted", StringComparison.Ordinal));
        // The committee's name is split off the title's line and kept as text.
        Assert.Contains(cleaned, b => b.Kind == BlockKind.Paragraph && b.Text == "Children and Families Scrutiny Committee" && b.Page == 3);
        Assert.Equal(2, cleaned.Count(b => b.Kind == BlockKind.Heading && b.HeadingLevel == 1));
    }

    [Fact]
    public void AReportOpenedOnlyByItsTitleAtTheTopOfAPageStartsItsOwnHeadingPath()
    {
        var blocks = new List<Block>
        {
            new("Cabinet", BlockKind.Heading, 1, 1),
            new("Business", BlockKind.Heading, 1, 2),
            new("1. Apologies for absence", BlockKind.ListItem, 1),
            new("2. Home to school transport for pupils with special educational needs", BlockKind.ListItem, 1),
            new("3. Youth service grants", BlockKind.ListItem, 1),
            new("Home to school transport for pupils with special educational", BlockKind.Heading, 2, 1),
            new("needs", BlockKind.Heading, 2, 1),
            new("Purpose of the report", BlockKind.Heading, 2, 2),
            new("To ask the cabinet to agree a new travel policy for pupils with a plan.", BlockKind.Paragraph, 2),
            new("Recommendations", BlockKind.Heading, 2, 2),
            new("That the cabinet adopts the revised policy from September.", BlockKind.Paragraph, 2),
            new("Youth service grants for next year", BlockKind.Heading, 3, 1),
            new("Purpose of the report", BlockKind.Heading, 3, 2),
            new("To agree the grants to voluntary youth clubs for the coming year.", BlockKind.Paragraph, 3),
            new("Background", BlockKind.Heading, 3, 2),
            new("The grants support evening sessions in villages without a youth centre.", BlockKind.Paragraph, 3),
        };

        var cleaned = new AgendaItemHeadings().Clean(blocks, 3);
        var paths = Segmenter.Segment(cleaned).Select(p => p.HeadingPath).ToList();

        Assert.Equal(
            ["Home to school transport for pupils with special educational needs", "Youth service grants for next year"],
            cleaned.Where(b => b.HeadingLevel == 1).Select(b => b.Text));
        Assert.Contains(paths, p => p.StartsWith("Youth service grants for next year", StringComparison.Ordinal));
        Assert.DoesNotContain(paths, p => p.StartsWith("Home to school transport", StringComparison.Ordinal) && p.Contains("Background", StringComparison.Ordinal));
    }

    [Fact]
    public void AHeadingAtTheTopOfALaterPageOfOneReportIsNotANewReport()
    {
        var blocks = new List<Block>
        {
            new("Fostering recruitment: annual update", BlockKind.Heading, 1, 1),
            new("1. Recommendations", BlockKind.Heading, 1, 2),
            new("That the committee notes the report.", BlockKind.Paragraph, 1),
            new("Carers who left the service", BlockKind.Heading, 2, 2),
            new("Carers who left told us that they wanted more support at weekends.", BlockKind.Paragraph, 2),
            new("Background", BlockKind.Heading, 2, 2),
            new("The service set a target of twenty new households.", BlockKind.Paragraph, 2),
        };

        Assert.Same(blocks, new AgendaItemHeadings().Clean(blocks, 2));
    }

    [Fact]
    public void ADocumentWithoutItemLinesIsLeftAsItIs()
    {
        var blocks = new List<Block>
        {
            new("Annual report", BlockKind.Heading, 1, 1),
            new("1. Introduction", BlockKind.Heading, 1, 1),
            new("The item on fostering was deferred.", BlockKind.Paragraph, 1),
        };

        Assert.Same(blocks, new AgendaItemHeadings().Clean(blocks, 1));
    }

    [Fact]
    public void AnItemLineFollowedOnlyByLabelledLinesGivesNoTitle()
    {
        var blocks = new List<Block>
        {
            new("ITEM: 4", BlockKind.Paragraph, 1),
            new("Report of: Director of Children's Services", BlockKind.Paragraph, 1),
            new("1. Purpose", BlockKind.Heading, 1, 1),
        };

        var cleaned = new AgendaItemHeadings().Clean(blocks, 1);

        Assert.DoesNotContain(cleaned, b => b.HeadingLevel == 1);
        Assert.Equal(3, cleaned.Count);
    }

    [Fact]
    public void ReportsOpenedByACoverSheetOrAReportToLineStartTheirOwnHeadingPaths()
    {
        var blocks = new List<Block>
        {
            new("Cabinet", BlockKind.Heading, 1, 1),
            new("1. Apologies for absence", BlockKind.Heading, 1, 1),
            new("2. Declarations of interest", BlockKind.Heading, 1, 1),
            new("3. Workforce strategy", BlockKind.Heading, 1, 1),
            new("4. School places for children with SEND", BlockKind.Heading, 1, 1),
            new("REPORT TO CABINET", BlockKind.Paragraph, 2),
            new("10 March 2026", BlockKind.Paragraph, 2),
            new("Workforce strategy", BlockKind.Heading, 2, 1),
            new("1. Summary", BlockKind.Heading, 2, 2),
            new("The strategy sets out how the council will keep experienced social workers.", BlockKind.Paragraph, 2),
            new("Meeting | Cabinet", BlockKind.TableRow, 3),
            new("Title of report | School places for children with SEND", BlockKind.TableRow, 3),
            new("1. Summary", BlockKind.Heading, 3, 2),
            new("Special schools in the district are full.", BlockKind.Paragraph, 3),
        };

        var cleaned = new AgendaItemHeadings().Clean(blocks, 3);
        var passages = Segmenter.Segment(cleaned);

        Assert.Equal(["Workforce strategy", "School places for children with SEND"], cleaned.Where(b => b.HeadingLevel == 1).Select(b => b.Text));
        Assert.StartsWith("School places for children with SEND", passages.Single(p => p.Text.Contains("Special schools", StringComparison.Ordinal)).HeadingPath, StringComparison.Ordinal);
        Assert.StartsWith("Workforce strategy", passages.Single(p => p.Text.Contains("experienced social workers", StringComparison.Ordinal)).HeadingPath, StringComparison.Ordinal);
        // The list of business is a list, not four empty sections; the cover's fields stay as they were, under their report.
        Assert.Equal(4, cleaned.Count(b => b.Kind == BlockKind.ListItem));
        Assert.Equal(2, cleaned.Count(b => b.Kind == BlockKind.TableRow && b.Page == 3));
        Assert.Equal("School places for children with SEND", cleaned[cleaned.ToList().FindIndex(b => b.Text == "Meeting | Cabinet") - 1].Text);
    }
}
