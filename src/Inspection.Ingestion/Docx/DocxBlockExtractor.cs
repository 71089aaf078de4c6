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

            return new ExtractedDocument(fileName, FileFormat.Docx, reader.Page, reader.Blocks, title);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or XmlException or FileFormatException or InvalidOperationException)
        {
            throw new IngestionException(fileName, $"the Word file is damaged or incomplete ({ex.Message.ReplaceLineEndings(" ").TrimEnd('.')})", ex);
        }
    }

    // Word records where it last broke pages; when present those are the truth and explicit breaks are already among them.
    private static bool UsesRenderedBreaks(Body body) => body.Descendants<LastRenderedPageBreak>().Any();

    private sealed class BodyReader(DocxStyles styles, bool renderedBreaks)
    {
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
                        ReadParagraph(paragraph);
                        break;
                    case Table table:
                        ReadTable(table);
                        break;
                    case SdtBlock sdt when sdt.SdtContentBlock is { } sdtContent:
                        Read(sdtContent, cancellationToken);
                        break;
                    default:
                        break;
                }
            }
        }

        private void ReadParagraph(Paragraph paragraph)
        {
            var properties = paragraph.ParagraphProperties;
            if (!renderedBreaks && properties?.PageBreakBefore is { } before && (before.Val?.Value ?? true))
            {
                Page++;
            }

            var pageAtStart = Page;
            var text = ParagraphText(paragraph);
            var startPage = text.LeadingBreak ? Page : pageAtStart;
            if (text.Text.Length == 0)
            {
                return;
            }

            var styleId = properties?.ParagraphStyleId?.Val?.Value;
            var level = properties?.OutlineLevel?.Val?.Value is { } outline && outline < 9 ? Math.Min(6, outline + 1) : styles.HeadingLevel(styleId);
            if (level > 0)
            {
                Blocks.Add(new Block(text.Text, BlockKind.Heading, startPage, level));
            }
            else if (properties?.NumberingProperties is not null || styles.IsList(styleId))
            {
                Blocks.Add(new Block(text.Text, BlockKind.ListItem, startPage));
            }
            else
            {
                Blocks.Add(new Block(text.Text, BlockKind.Paragraph, startPage));
            }
        }

        private void ReadTable(Table table)
        {
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

        private (string Text, bool LeadingBreak) ParagraphText(Paragraph paragraph)
        {
            var sb = new StringBuilder();
            var leadingBreak = false;
            foreach (var element in paragraph.Descendants())
            {
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
