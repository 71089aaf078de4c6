using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using Inspection.Web.Tests.Infrastructure;

namespace Inspection.Web.Tests;

/// <summary>The briefing read as a person reads it (marks not asterisks, gaps in words, a Word copy) and coverage summarised and exported.</summary>
public sealed class BriefingAndCoverageTests(SampleSite site) : IClassFixture<SampleSite>
{
    [Fact]
    public async Task TheBriefingShowsMarksAndGapsInWordsAndItsPrintablePageCarriesMarkingDateAndPlurals()
    {
        using var lead = await site.SignInAsync("lead");
        var page = await lead.GetPageAsync("/briefing?theme=ilacs");
        Assert.DoesNotContain("**", page, StringComparison.Ordinal);
        foreach (var code in new[] { "open-finding-without-action", "open-finding-without-impact", "no-recent-audit", "self-assessment-only" })
        {
            Assert.DoesNotContain(code, page, StringComparison.Ordinal);
        }

        Assert.Contains("Download as Word (DOCX)", page, StringComparison.Ordinal);

        var print = await lead.GetPageAsync("/briefing?handler=print&theme=ilacs");
        Assert.Matches(@"<p class=""marking"">OFFICIAL[^<]*</p>", print);
        Assert.Matches(@"Prepared on \d{1,2} [A-Z][a-z]+ \d{4}", print);
        Assert.DoesNotContain("<code>", print, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\b1 (actions|findings)\b", print);
        Assert.DoesNotContain("**", print, StringComparison.Ordinal);

        var docx = await lead.Client.GetAsync(new Uri("/briefing?handler=docx&theme=ilacs", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType?.MediaType);
        using var word = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false);
        var text = word.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("Visit briefing", text, StringComparison.Ordinal);
        Assert.Contains("OFFICIAL", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CoverageStartsWithASummaryAndExportsCoverageFindingsAndThePlan()
    {
        using var viewer = await site.SignInAsync("viewer");
        var page = await viewer.GetPageAsync("/coverage?framework=ilacs");
        var summary = page.IndexOf("<h2 id=\"summary-heading\">Summary</h2>", StringComparison.Ordinal);
        Assert.True(summary > 0 && summary < page.IndexOf("<caption>Evidence by theme</caption>", StringComparison.Ordinal), "the summary comes before the table");
        Assert.Matches(@"<h3>Themes with no evidence \(\d+\)</h3>", page);
        Assert.Matches(@"<h3>Themes whose evidence is out of date \(\d+\)</h3>", page);
        Assert.Matches(@"<h3>Themes with only self-assessment \(\d+\)</h3>", page);

        foreach (var what in new[] { "coverage", "findings", "plan" })
        {
            var xlsx = await viewer.Client.GetAsync(new Uri($"/coverage?handler=export&what={what}&format=xlsx&framework=ilacs", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
            using var book = SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), false);
            Assert.NotEmpty(book.WorkbookPart!.WorksheetParts.Single().Worksheet.InnerText);

            var csv = await viewer.Client.GetAsync(new Uri($"/coverage?handler=export&what={what}&format=csv&framework=ilacs", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
            var lines = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.True(lines.Length >= (what == "plan" ? 1 : 2), $"{what}: {lines.Length} lines");
        }

        var findings = Encoding.UTF8.GetString(await viewer.Client.GetByteArrayAsync(new Uri("/coverage?handler=export&what=findings&format=csv", UriKind.Relative)));
        Assert.StartsWith("\uFEFFVisit,Visit date,Kind,Finding,Verdict,Status", findings, StringComparison.Ordinal);
        Assert.DoesNotContain(",area-for-improvement,", findings, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.Client.GetAsync(new Uri("/coverage?handler=export&what=secrets&format=csv", UriKind.Relative))).StatusCode);
    }
}
