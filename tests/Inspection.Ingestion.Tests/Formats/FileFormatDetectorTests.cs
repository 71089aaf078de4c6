using System.IO.Compression;
using System.Text;
using Inspection.Ingestion.Formats;
using Inspection.Ingestion.Tests.TestSupport;

namespace Inspection.Ingestion.Tests.Formats;

public sealed class FileFormatDetectorTests
{
    private readonly FileFormatDetector _detector = new();

    [Fact]
    public void CorpusPdfIsDetectedWhateverItsName()
    {
        using var stream = new MemoryStream(File.ReadAllBytes(Corpus.Real(Corpus.SendRevisit)));

        Assert.Equal(FileFormat.Pdf, _detector.Detect("report.txt", stream));
        Assert.Equal(0, stream.Position);
    }

    [Fact]
    public void PdfHeaderAfterBomAndWhitespaceIsStillPdf()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.ASCII.GetBytes("\r\n   \n")).Concat(GeneratedPdfs.WithText("Hello")).ToArray();

        Assert.Equal(FileFormat.Pdf, Detect("odd.pdf", bytes));
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><body><p>x</p></body></html>")]
    [InlineData("\uFEFF\n  <HTML lang=\"en\"><p>x</p></HTML>")]
    [InlineData("<head><title>t</title></head>")]
    [InlineData("<!-- saved page -->\n<body>hello</body>")]
    public void HtmlIsSniffedCaseInsensitively(string content) =>
        Assert.Equal(FileFormat.Html, Detect("page.dat", Encoding.UTF8.GetBytes(content)));

    [Fact]
    public void MarkdownHeadingsMakeMarkdownAndPlainProseIsText()
    {
        Assert.Equal(FileFormat.Markdown, Detect("notes.txt", Encoding.UTF8.GetBytes("# Self-evaluation\n\nWe know our children well.\n")));
        Assert.Equal(FileFormat.Text, Detect("notes.md", Encoding.UTF8.GetBytes("We know our children well.\nCasework is strong.\n")));
        Assert.Equal(FileFormat.Text, Detect("café.txt", Encoding.UTF8.GetBytes("Caf\u00e9 meeting notes \u2013 \u201cgood\u201d progress.\n")));
    }

    [Fact]
    public void DocxIsAZipWithAWordDocumentPart()
    {
        Assert.Equal(FileFormat.Docx, Detect("letter.bin", GeneratedDocx.Create()));
    }

    [Fact]
    public void ZipRenamedPdfIsRejectedAsAZip()
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(archive.CreateEntry("data/report.csv").Open());
            writer.Write("a,b\n1,2\n");
        }

        var error = Assert.Throws<IngestionException>(() => Detect("report.pdf", zip.ToArray()));

        Assert.Equal("report.pdf: this is a ZIP archive, not a PDF, Word or HTML file", error.Message);
    }

    [Fact]
    public void OldWordDocIsRejectedWithAdvice()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]];

        var error = Assert.Throws<IngestionException>(() => Detect("plan.doc", ole));

        Assert.Equal("plan.doc: Word 97-2003 .doc is not supported; save it as .docx", error.Message);
    }

    [Theory]
    [InlineData("mimetype", "application/vnd.oasis.opendocument.text", "minutes.odt: an OpenDocument text file (.odt, from LibreOffice or OpenOffice) is not read; save it as Word .docx or PDF")]
    [InlineData("mimetype", "application/vnd.oasis.opendocument.spreadsheet", "minutes.odt: an OpenDocument spreadsheet (.ods) is not read; save the sheet as PDF")]
    [InlineData("xl/workbook.xml", "<workbook/>", "minutes.odt: an Excel workbook (.xlsx) is not read; save the sheet as PDF, or its table as a web page (HTML)")]
    [InlineData("ppt/presentation.xml", "<presentation/>", "minutes.odt: a PowerPoint presentation (.pptx) is not read; save it as PDF")]
    public void OtherOfficeFilesAreNamedWithAdviceWhateverTheirName(string entry, string content, string message)
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(archive.CreateEntry(entry).Open());
            writer.Write(content);
        }

        var error = Assert.Throws<IngestionException>(() => Detect("minutes.odt", zip.ToArray()));

        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData("scorecard.xls", "scorecard.xls: an Excel 97-2003 workbook (.xls) is not read; save the sheet as PDF, or its table as a web page (HTML)")]
    [InlineData("briefing.ppt", "briefing.ppt: a PowerPoint 97-2003 presentation (.ppt) is not read; save it as PDF")]
    [InlineData("PLAN.DOC", "PLAN.DOC: Word 97-2003 .doc is not supported; save it as .docx")]
    public void OldOfficeFilesAreNamedByTheirExtension(string name, string message)
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]];

        Assert.Equal(message, Assert.Throws<IngestionException>(() => Detect(name, ole)).Message);
    }

    [Fact]
    public void RichTextIsRefusedRatherThanReadAsTextWithItsControlWords()
    {
        var rtf = Encoding.ASCII.GetBytes("{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}}\\f0\\fs24 Inspectors found supervision weak.\\par}");

        var error = Assert.Throws<IngestionException>(() => Detect("letter.txt", rtf));

        Assert.Equal("letter.txt: Rich Text Format (.rtf) is not read; open it in Word and save it as .docx or PDF", error.Message);
    }

    [Fact]
    public void EmptyFileIsRejected()
    {
        var error = Assert.Throws<IngestionException>(() => Detect("empty.pdf", []));

        Assert.Equal("empty.pdf: the file is empty", error.Message);
    }

    [Fact]
    public void RandomBytesAreUnrecognised()
    {
        var bytes = new byte[4096];
        new Random(20231).NextBytes(bytes);

        var error = Assert.Throws<IngestionException>(() => Detect("noise.pdf", bytes));

        Assert.Equal("noise.pdf: unrecognised format (not PDF, Word .docx, HTML, text or a PNG, JPEG or TIFF image)", error.Message);
    }

    [Theory]
    [InlineData("minutes-2023.pdf", "PDF (.pdf)", "plain text")]
    [InlineData("letter.docx", "Word .docx file (.docx)", "plain text")]
    [InlineData("scan.PNG", "scanned image (.png)", "plain text")]
    public void ATextFileNamedAsABinaryFormatIsRefusedNamingTheFileAndWhatItHolds(string name, string claimed, string holds)
    {
        var error = Assert.Throws<IngestionException>(() => Detect(name, Encoding.UTF8.GetBytes("Minutes of the corporate parenting panel.\nPresent: members.\n")));

        Assert.Equal(name, error.FilePath);
        Assert.StartsWith($"{name}: the name says {claimed} but the file holds {holds}", error.Message, StringComparison.Ordinal);
    }

    private FileFormat Detect(string name, byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return _detector.Detect(name, stream);
    }
}
