using System.Globalization;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using SampleEvidence.Model;

namespace SampleEvidence.Docx;

/// <summary>Writes a <see cref="SampleDocument"/> as a Word document with real heading, list and table styles.</summary>
internal static class DocxRenderer
{
    private const int ContentWidthTwips = 9638;

    public static byte[] Render(SampleDocument document)
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            var body = new Body();
            var numberedLists = 0;
            foreach (var block in document.Blocks)
            {
                foreach (var element in Convert(block, ref numberedLists))
                {
                    body.Append(element);
                }
            }

            var section = new SectionProperties();
            if (document.RunningHeader is { } headerText)
            {
                // Header and footer live in parts of their own, as in documents saved by Word.
                main.AddNewPart<HeaderPart>("rIdHeader").Header = new Header(StyledParagraph("Header", headerText));
                main.AddNewPart<FooterPart>("rIdFooter").Footer = new Footer(new Paragraph(
                    new ParagraphProperties(new ParagraphStyleId { Val = "Footer" }, new Justification { Val = JustificationValues.Center }),
                    new Run(new Text("Page ") { Space = SpaceProcessingModeValues.Preserve }),
                    new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " }));
                section.Append(
                    new HeaderReference { Type = HeaderFooterValues.Default, Id = "rIdHeader" },
                    new FooterReference { Type = HeaderFooterValues.Default, Id = "rIdFooter" });
            }

            section.Append(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1247, Right = 1134U, Bottom = 1247, Left = 1134U, Header = 709U, Footer = 709U, Gutter = 0U });
            body.Append(section);
            main.Document = new Document(body);
            main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = DocxStyles.Create();
            main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering").Numbering = DocxStyles.CreateNumbering(numberedLists);

            // Written as our own part: System.IO.Packaging's PackageProperties would give it a random part name.
            using var core = package.AddCoreFilePropertiesPart().GetStream(FileMode.Create);
            CoreProperties(document).Save(core);
        }

        return PackageNormaliser.Normalise(stream.ToArray(), document.Date);
    }

    private static XDocument CoreProperties(SampleDocument document)
    {
        XNamespace cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        XNamespace dcterms = "http://purl.org/dc/terms/";
        XNamespace xsi = "http://www.w3.org/2001/XMLSchema-instance";
        var stamp = document.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T09:00:00Z";
        return new XDocument(
            new XDeclaration("1.0", "utf-8", "yes"),
            new XElement(
                cp + "coreProperties",
                new XAttribute(XNamespace.Xmlns + "cp", cp),
                new XAttribute(XNamespace.Xmlns + "dc", dc),
                new XAttribute(XNamespace.Xmlns + "dcterms", dcterms),
                new XAttribute(XNamespace.Xmlns + "xsi", xsi),
                new XElement(dc + "title", document.Title),
                new XElement(dc + "subject", document.Subject ?? string.Empty),
                new XElement(dc + "creator", document.Author),
                new XElement(cp + "lastModifiedBy", document.Author),
                new XElement(dcterms + "created", new XAttribute(xsi + "type", "dcterms:W3CDTF"), stamp),
                new XElement(dcterms + "modified", new XAttribute(xsi + "type", "dcterms:W3CDTF"), stamp)));
    }

    private static OpenXmlElement[] Convert(Block block, ref int numberedLists)
    {
        switch (block)
        {
            case HeadingBlock heading:
                return [StyledParagraph("Heading" + heading.Level.ToString(CultureInfo.InvariantCulture), heading.Text)];
            case ParagraphBlock paragraph:
                return [BodyParagraph(paragraph)];
            case ListBlock list:
                var numberId = DocxStyles.BulletNumberingId;
                if (list.Numbered)
                {
                    numberedLists++;
                    numberId += numberedLists;
                }

                return list.Items.Select(item => ListItem(item, numberId)).ToArray<OpenXmlElement>();
            case TableBlock table:
                return [BuildTable(table), new Paragraph()];
            case LinesBlock lines:
                return [LinesParagraph(lines)];
            case SpacerBlock:
                return [new Paragraph()];
            case PageBreakBlock:
                return [new Paragraph(new Run(new Break { Type = BreakValues.Page }))];
            default:
                throw new NotSupportedException(block.GetType().Name);
        }
    }

    private static Paragraph StyledParagraph(string styleId, string text) => new(
        new ParagraphProperties(new ParagraphStyleId { Val = styleId }),
        new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static Paragraph BodyParagraph(ParagraphBlock paragraph)
    {
        var result = new Paragraph();
        if (paragraph.Number is { } number)
        {
            result.Append(new ParagraphProperties(new Indentation { Left = "680", Hanging = "680" }));
            result.Append(new Run(new Text(number)));
            result.Append(new Run(new TabChar()));
        }

        var run = new Run();
        if (paragraph.Bold)
        {
            run.Append(new RunProperties(new Bold()));
        }

        run.Append(new Text(paragraph.Text) { Space = SpaceProcessingModeValues.Preserve });
        result.Append(run);
        return result;
    }

    private static Paragraph ListItem(string text, int numberId) => new(
        new ParagraphProperties(
            new ParagraphStyleId { Val = "ListParagraph" },
            new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = numberId })),
        new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static Paragraph LinesParagraph(LinesBlock lines)
    {
        var properties = new ParagraphProperties();
        if (lines.Alignment == LineAlignment.Right)
        {
            properties.Append(new Justification { Val = JustificationValues.Right });
        }

        var paragraph = new Paragraph(properties);
        for (var i = 0; i < lines.Lines.Count; i++)
        {
            var run = new Run();
            if (lines.Bold)
            {
                run.Append(new RunProperties(new Bold()));
            }

            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(lines.Lines[i]) { Space = SpaceProcessingModeValues.Preserve });
            paragraph.Append(run);
        }

        return paragraph;
    }

    private static Table BuildTable(TableBlock table)
    {
        var total = table.ColumnWeights.Sum();
        var widths = table.ColumnWeights.Select(w => (int)(w / total * ContentWidthTwips)).ToArray();
        var result = new Table(
            new TableProperties(
                new TableStyle { Val = "TableGrid" },
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableLook { Val = "04A0" }),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        result.Append(Row(table.Headers, widths, header: true));
        foreach (var row in table.Rows)
        {
            result.Append(Row(row, widths, header: false));
        }

        return result;
    }

    private static TableRow Row(IReadOnlyList<string> cells, int[] widths, bool header)
    {
        var row = new TableRow();
        if (header)
        {
            row.Append(new TableRowProperties(new TableHeader()));
        }

        for (var i = 0; i < cells.Count; i++)
        {
            var cellProperties = new TableCellProperties(
                new TableCellWidth { Width = widths[i].ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
            if (header)
            {
                cellProperties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "D9E2F3" });
            }

            var run = new Run();
            if (header)
            {
                run.Append(new RunProperties(new Bold()));
            }

            run.Append(new Text(cells[i]) { Space = SpaceProcessingModeValues.Preserve });
            row.Append(new TableCell(cellProperties, new Paragraph(run)));
        }

        return row;
    }
}
