using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Inspection.Cli.Tests;

public sealed class ClassificationTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task AnAuditMarkedOfficialSensitiveIsNeverStoredBelowItsMarkingNorShownToAViewer()
    {
        await _cli.RunAsync("setup");
        var file = Path.Combine(_cli.DataDirectory, "case-audit-supervision.pdf");
        await File.WriteAllBytesAsync(file, MarkedPdf("OFFICIAL-SENSITIVE"));

        var created = Assert.Single((await _cli.RunAsync("ingest", file, "--json")).JsonLines());
        Assert.Equal("created", created.GetProperty("status").GetString());
        var document = Assert.Single((await _cli.RunAsync("documents", "--json")).Json().EnumerateArray());
        Assert.Equal("Official-Sensitive", document.GetProperty("classification").GetString());

        var asQualityLead = (await _cli.RunAsync("search", "reflective supervision", "--json")).Json();
        Assert.True(asQualityLead.GetProperty("total").GetInt32() > 0);
        var asViewer = (await _cli.RunAsync("search", "reflective supervision", "--allow", "Official", "--json")).Json();
        Assert.Equal(0, asViewer.GetProperty("total").GetInt32());
        Assert.Empty(asViewer.GetProperty("hits").EnumerateArray());

        // Acting as a person narrows the search to their role, as on the web; and restricted hits shown are on the record.
        Assert.Equal(0, (await _cli.RunWithInputAsync("a viewer's long passphrase\n", "users", "add", "vic", "--role", "Viewer")).ExitCode);
        var asVic = (await _cli.RunAsync("--as", "vic", "search", "reflective supervision", "--json")).Json();
        Assert.Equal(0, asVic.GetProperty("total").GetInt32());
        var audit = await _cli.RunAsync("audit", "--json");
        Assert.Contains("search-hit", audit.Output, StringComparison.Ordinal);
    }

    private static byte[] MarkedPdf(string marking)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        string[][] pages =
        [
            ["Case audit of reflective supervision in the assessment teams.", "Reflective supervision was recorded on file for eleven of the fourteen children.", "Managers set clear actions with timescales in most of the cases sampled."],
            ["In three cases supervision had lapsed for more than eight weeks.", "Each of those children had a change of social worker during the period.", "The service manager has since reviewed all three plans."],
            ["Learning from the audit will be shared at the practice forum in May.", "A repeat dip sample of twenty cases is planned for the autumn.", "The audit lead will report the findings to the quality assurance board."],
        ];
        for (var pageNumber = 1; pageNumber <= pages.Length; pageNumber++)
        {
            var page = builder.AddPage(595, 842);
            page.AddText($"Harrowden Borough Council | Case audit | {marking}", 9, new PdfPoint(50, 810), font);
            var y = 740.0;
            foreach (var line in pages[pageNumber - 1])
            {
                page.AddText(line, 11, new PdfPoint(50, y), font);
                y -= 16;
            }

            page.AddText($"Page {pageNumber}", 9, new PdfPoint(280, 30), font);
        }

        return builder.Build();
    }
}
