using System.IO.Packaging;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Inspection.Ingestion.Extraction;
using Inspection.Ingestion.Formats;
using Inspection.Ingestion.Zip;
using Microsoft.Extensions.Options;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Inspection.Ingestion.Docx;

/// <summary>Extracts Word .docx with OpenXml: headings from styles and outline levels, list items from numbering, table rows, paragraphs.</summary>
public sealed class DocxBlockExtractor(IOptions<IngestionOptions> options) : IBlockExtractor
{
    private readonly ZipLimits _limits = ZipLimits.From(options.Value);

    public FileFormat Format => FileFormat.Docx;

    public ExtractedDocument Extract(string fileName, Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        try
        {
            // A few MB of compressed XML can unpack to gigabytes: every part is read as a stream and measured first, so
            // OpenXml only ever builds a document whose size and nesting are known to be within the limits.
            new ZipPackageGuard(_limits).Check(fileName, "the Word file", content, cancellationToken);
            var openSettings = new OpenSettings { MaxCharactersInPart = _limits.MaxUnpackedBytes };
            using var document = WordprocessingDocument.Open(content, isEditable: false, openSettings);
            var main = document.MainDocumentPart ?? throw new IngestionException(fileName, "the Word file has no document body");
            var body = main.Document?.Body ?? throw new IngestionException(fileName, "the Word file has no document body");
            var reader = new BodyReader(new DocxStyles(main), UsesRenderedBreaks(body));
            reader.Read(body, cancellationToken);

            // Footnotes and endnotes are the document's words too: they follow the body, as a reader finds them at the foot of
            // the page or at the end (their numbers are marks, not text, in the body and in the note alike).
            var notes = (main.FootnotesPart?.Footnotes?.Elements<Footnote>().Where(n => n.Type is null).Cast<OpenXmlElement>() ?? [])
                .Concat(main.EndnotesPart?.Endnotes?.Elements<Endnote>().Where(n => n.Type is null) ?? []);
            foreach (var note in notes)
            {
                reader.Read(note, cancellationToken);
            }

            var title = document.PackageProperties.Title?.Trim();
            if (string.IsNullOrEmpty(title))
            {
                title = reader.Blocks.FirstOrDefault(b => b.Kind == BlockKind.Heading)?.Text;
            }

            return new ExtractedDocument(fileName, FileFormat.Docx, reader.Page, reader.Blocks, title)
            {
                ProtectiveMarking = ProtectiveMarking.InLines(HeaderAndFooterZones(main)),
            };
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or XmlException or FileFormatException or InvalidOperationException)
        {
            throw new IngestionException(fileName, $"the Word file is damaged or incomplete ({ex.Message.ReplaceLineEndings(" ").TrimEnd('.')})", ex);
        }
    }

    // A Word file's page headers and footers are parts of their own, never in the body: the protective marking a council sets
    // on every page lives there ("OFFICIAL" centred in the header, "OFFICIAL<tab>Page 3" in the footer). A tab parts a header
    // line into the zones it is laid out in (left, centre, right), each read alone as a line of its own would be.
    private static IEnumerable<string> HeaderAndFooterZones(MainDocumentPart main)
    {
        var parts = main.HeaderParts.Select(p => (OpenXmlElement?)p.Header).Concat(main.FooterParts.Select(p => (OpenXmlElement?)p.Footer));
        foreach (var part in parts.OfType<OpenXmlElement>())
        {
            foreach (var paragraph in part.Descendants<Paragraph>())
            {
                var text = new StringBuilder();
                foreach (var piece in paragraph.Descendants())
                {
                    if (piece is WordText letters)
                    {
                        text.Append(letters.Text);
                    }
                    else if (piece is TabChar or PositionalTab)
                    {
                        text.Append('\t');
                    }
                }

                foreach (var zone in text.ToString().Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    yield return zone;
                }
            }
        }
    }

    // Word records where it last broke pages; when present those are the truth and explicit breaks are already among them.
    private static bool UsesRenderedBreaks(Body body) => body.Descendants<LastRenderedPageBreak>().Any();

    private sealed class BodyReader(DocxStyles styles, bool renderedBreaks)
    {
        // A cell with this many paragraphs of at least this many words is prose, not a value.
        private const int LayoutProseParagraphs = 3;
        private const int LayoutProseWords = 12;

        public List<Block> Blocks { get; } = [];

        public int Page { get; private set; } = 1;

        public void Read(OpenXmlElement container, CancellationToken cancellationToken)
        {
            foreach (var element in container.ChildElements)
            {
                cancellationToken.ThrowIfCancellationRequested();
                switch (element)
                {
                    case Paragraph paragraph:
                        ReadParagraph(paragraph, cancellationToken);
                        break;
                    case Table table:
                        ReadTable(table, cancellationToken);
                        break;
                    case SdtBlock sdt when sdt.SdtContentBlock is { } sdtContent:
                        Read(sdtContent, cancellationToken);
                        break;
                    default:
                        break;
                }
            }
        }

        private void ReadParagraph(Paragraph paragraph, CancellationToken cancellationToken)
        {
            var properties = paragraph.ParagraphProperties;
            if (!renderedBreaks && properties?.PageBreakBefore is { } before && (before.Val?.Value ?? true))
            {
                Page++;
            }

            var pageAtStart = Page;
            var text = ParagraphText(paragraph);
            var startPage = text.LeadingBreak ? Page : pageAtStart;

            var level = HeadingLevel(paragraph);
            if (text.Text.Length > 0)
            {
                var kind = level > 0 ? BlockKind.Heading
                    : properties?.NumberingProperties is not null || styles.IsList(properties?.ParagraphStyleId?.Val?.Value) ? BlockKind.ListItem
                    : BlockKind.Paragraph;
                Blocks.Add(kind == BlockKind.Heading ? new Block(text.Text, kind, startPage, level) : new Block(text.Text, kind, startPage));
            }

            // A text box anchored in the paragraph (a floating panel of priorities, a pull quote) is read after it, its own
            // paragraphs as blocks of their own: run into the paragraph they were glued together ("for 2026Start pathway").
            // Word files carry each box twice, as a drawing and as its older fallback; the drawing is read.
            foreach (var box in TextBoxes(paragraph))
            {
                Read(box, cancellationToken);
            }
        }

        private int HeadingLevel(Paragraph paragraph)
        {
            var properties = paragraph.ParagraphProperties;
            return properties?.OutlineLevel?.Val?.Value is { } outline && outline < 9 ? Math.Min(6, outline + 1) : styles.HeadingLevel(properties?.ParagraphStyleId?.Val?.Value);
        }

        // The outermost text boxes in the paragraph, not their fallback copies.
        private static IEnumerable<TextBoxContent> TextBoxes(Paragraph paragraph) =>
            paragraph.Descendants<TextBoxContent>().Where(box =>
                !box.Ancestors<AlternateContentFallback>().Any() && !box.Ancestors<TextBoxContent>().Any(outer => outer.Ancestors<Paragraph>().Contains(paragraph)));

        // Inside a text box of the paragraph being read: read with the box, not with the paragraph.
        private static bool InTextBox(OpenXmlElement element, Paragraph paragraph) =>
            element.Ancestors<TextBoxContent>().Any(box => box.Ancestors<Paragraph>().Contains(paragraph));

        private void ReadTable(Table table, CancellationToken cancellationToken)
        {
            // A table used to lay out the page (a side column of key facts beside the text, headings inside its cells) is read
            // cell by cell as text: as one row its headings and paragraphs ran together into a single table row.
            if (IsLayoutTable(table))
            {
                foreach (var cell in table.Elements<TableRow>().SelectMany(r => r.Elements<TableCell>()))
                {
                    Read(cell, cancellationToken);
                }

                return;
            }

            foreach (var row in table.Elements<TableRow>())
            {
                var startPage = Page;
                var cells = new List<string>();
                foreach (var cell in row.Elements<TableCell>())
                {
                    var cellText = new StringBuilder();
                    foreach (var paragraph in cell.Descendants<Paragraph>())
                    {
                        var text = ParagraphText(paragraph).Text;
                        if (text.Length > 0)
                        {
                            cellText.Append(cellText.Length > 0 ? " " : "").Append(text);
                        }
                    }

                    if (cellText.Length > 0)
                    {
                        cells.Add(cellText.ToString());
                    }
                }

                if (cells.Count > 0)
                {
                    Blocks.Add(new Block(string.Join(" | ", cells), BlockKind.TableRow, startPage));
                }
            }
        }

        // A data table's cells hold values and short notes; a cell holding a heading, or a table of one row whose cell holds
        // several paragraphs of prose, is the page's layout.
        private bool IsLayoutTable(Table table)
        {
            var rows = table.Elements<TableRow>().ToList();
            var paragraphs = rows.SelectMany(r => r.Elements<TableCell>()).SelectMany(c => c.Elements<Paragraph>()).ToList();
            if (paragraphs.Any(p => HeadingLevel(p) > 0))
            {
                return true;
            }

            return rows.Count == 1 && rows[0].Elements<TableCell>().Any(cell =>
                cell.Elements<Paragraph>().Count(p => p.InnerText.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= LayoutProseWords) >= LayoutProseParagraphs);
        }

        private (string Text, bool LeadingBreak) ParagraphText(Paragraph paragraph)
        {
            var sb = new StringBuilder();
            var leadingBreak = false;
            foreach (var element in paragraph.Descendants())
            {
                if (element is WordText && InTextBox(element, paragraph))
                {
                    continue;
                }

                switch (element)
                {
                    case WordText text when text.Parent is Run run && run.Parent is not DeletedRun:
                        sb.Append(text.Text);
                        break;
                    case TabChar:
                        sb.Append('\t');
                        break;
                    case Break br when br.Type?.Value == BreakValues.Page:
                        if (!renderedBreaks)
                        {
                            Page++;
                            leadingBreak |= sb.Length == 0;
                        }

                        sb.Append('\n');
                        break;
                    case Break:
                    case CarriageReturn:
                        sb.Append('\n');
                        break;
                    case NoBreakHyphen:
                        sb.Append('-');
                        break;
                    case LastRenderedPageBreak:
                        if (renderedBreaks)
                        {
                            Page++;
                            leadingBreak |= sb.Length == 0;
                        }

                        break;
                    default:
                        break;
                }
            }

            return (sb.ToString().Trim(), leadingBreak);
        }
    }
}
