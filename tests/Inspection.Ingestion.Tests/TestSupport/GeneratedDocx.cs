using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Inspection.Ingestion.Tests.TestSupport;

/// <summary>A small Word document written with OpenXml: title, headings by style, a numbered list, a table and a page break.</summary>
internal static class GeneratedDocx
{
    public static byte[] Create()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = "Self-evaluation 2024";
            var main = document.AddMainDocumentPart();
            AddStyles(main);
            AddNumbering(main);
            main.Document = new Document(new Body(
                Styled("Title", "Children's services self-evaluation"),
                Styled("Heading1", "Leadership and management"),
                Plain("Leaders know their services well."),
                Styled("Heading2", "Areas for development"),
                ListItem("Improve the timeliness of EHC plans."),
                ListItem("Strengthen return home interviews."),
                Table(["Measure", "2023", "2024"], ["Re-referrals", "21%", "18%"]),
                PageBreak(),
                Styled("SubSection", "Quality of practice"),
                Plain("Practice is improving.")));
        }

        return stream.ToArray();
    }

    /// <summary>A one-paragraph document whose page header and footer are parts of their own, the footer's zones parted by tabs.</summary>
    public static byte[] WithHeaderAndFooter(string body, string header, params string[] footerZones)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var headerPart = main.AddNewPart<HeaderPart>();
            headerPart.Header = new Header(Plain(header));
            var footer = new Paragraph();
            for (var i = 0; i < footerZones.Length; i++)
            {
                if (i > 0)
                {
                    footer.Append(new Run(new TabChar()));
                }

                footer.Append(new Run(new WordText(footerZones[i]) { Space = SpaceProcessingModeValues.Preserve }));
            }

            var footerPart = main.AddNewPart<FooterPart>();
            footerPart.Footer = new Footer(footer);
            main.Document = new Document(new Body(
                Plain(body),
                new SectionProperties(
                    new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(headerPart) },
                    new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footerPart) })));
        }

        return stream.ToArray();
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        part.Styles = new Styles(
            ParagraphStyle("Title", "Title", null),
            ParagraphStyle("Heading1", "heading 1", null),
            ParagraphStyle("Heading2", "heading 2", null),
            // A house style whose only heading signal is the outline level it is based on.
            ParagraphStyle("SubSection", "Sub Section", "Heading2"));
    }

    private static Style ParagraphStyle(string id, string name, string? basedOn)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        return style;
    }

    private static void AddNumbering(MainDocumentPart main)
    {
        var part = main.AddNewPart<NumberingDefinitionsPart>();
        part.Numbering = new Numbering(
            new AbstractNum(new Level(new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%1." }) { LevelIndex = 0 })
            {
                AbstractNumberId = 1,
            },
            new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 });
    }

    private static Paragraph Styled(string styleId, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = styleId }), new Run(new WordText(text)));

    private static Paragraph Plain(string text) => new(new Run(new WordText(text)));

    private static Paragraph ListItem(string text) =>
        new(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 })), new Run(new WordText(text)));

    private static Paragraph PageBreak() => new(new Run(new Break { Type = BreakValues.Page }));

    private static Table Table(params string[][] rows)
    {
        var table = new Table();
        foreach (var row in rows)
        {
            table.Append(new TableRow(row.Select(cell => new TableCell(new Paragraph(new Run(new WordText(cell))))).ToArray<OpenXmlElement>()));
        }

        return table;
    }
}
