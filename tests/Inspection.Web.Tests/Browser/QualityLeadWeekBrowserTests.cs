using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Inspection.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Inspection.Web.Tests.Browser;

/// <summary>
/// A quality lead's week before a visit (issue 17), walked in Chromium by accessible names only: an administrator adds the
/// lead; the lead uploads our letter, a peer council's letter and our self-evaluation and reads what was recognised; searches
/// and pages to the last page; opens the PDF at a passage; adds an action to one of our findings and corrects it; builds the
/// briefing and a pack for our authority with nothing of the peer's in them; exports the plan. Every page and state on the way
/// passes axe-core with no violation of any impact, and the page checks a screen-reader user depends on.
/// </summary>
public sealed class QualityLeadWeekBrowserTests(BrowserSite site, ITestOutputHelper output) : IClassFixture<BrowserSite>
{
    private const string LeadName = "priya.lead";
    // The judgement area the focused visit's findings (kinship care, special guardians, brothers and sisters) are about.
    private const string JudgementArea = "The experiences and progress of children in care";
    private const string ActionAsTyped = "Recruit two assessing social workers to the kinship teem";
    private const string ActionCorrected = "Recruit two assessing social workers to the kinship team";
    private const string RagComment = "Both posts advertised; one social worker appointed from 3 November.";

    private readonly List<string> _checked = [];

    [BrowserFact]
    public async Task AQualityLeadsWeekBeforeAVisit()
    {
        var clock = Stopwatch.StartNew();
        var steps = new List<string>();
        void Lap(string step) => steps.Add($"  {step}: {clock.Elapsed.TotalSeconds:F1} s");

        await AnAdministratorAddsTheLeadAsync();
        Lap("the administrator adds the lead");
        var page = await site.SignedInPageAsync(LeadName);
        await CheckAsync(page);
        var (ourLetter, peerLetter) = await UploadAndReadWhatWasRecognisedAsync(page);
        Lap("upload, read and recognised");
        await SearchAndPageToTheLastPageAsync(page);
        Lap("search paged to the last page");
        await OpenThePdfAtThePassageAsync(page, ourLetter);
        Lap("PDF opened at the passage");
        await AddAndCorrectAnActionOnOurFindingAsync(page);
        Lap("action added and corrected");
        await BuildTheBriefingAsync(page);
        Lap("briefing, its DOCX and printable page");
        await BuildThePackAsync(page, ourLetter, peerLetter);
        Lap("pack");
        await ExportThePlanAsync(page);
        Lap("plan exported");
        await TheRestOfTheSiteAsync(page, ourLetter);
        Lap("the other pages the lead and an administrator open");
        await page.Context.CloseAsync();

        output.WriteLine($"The week's walk took {clock.Elapsed.TotalSeconds:F1} s (time at the end of each step below); axe-core and the page checks passed on {_checked.Count} page states.");
        steps.ForEach(output.WriteLine);
        foreach (var url in _checked)
        {
            output.WriteLine("  " + url);
        }
    }

    private async Task AnAdministratorAddsTheLeadAsync()
    {
        await site.Factory.CreateUserAsync("week.admin", "Administrator");
        var admin = await site.SignedInPageAsync("week.admin");
        await Nav(admin, "Users").ClickAsync();
        await CheckAsync(admin);
        await admin.GetByLabel("User name", new() { Exact = true }).FillAsync(LeadName);
        await admin.GetByLabel("Full name", new() { Exact = true }).FillAsync("Priya Natarajan");
        await admin.GetByLabel("Role", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Value = "QualityLead" });
        await admin.GetByLabel("First password", new() { Exact = true }).FillAsync(InspectionWebFactory.Password);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Add person" }).ClickAsync();

        // The form redirects after posting, so that refreshing the page does not add the person again.
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync($"{LeadName} can now sign in as Quality lead.");
        Assert.Equal(site.BaseAddress + "/admin/users", admin.Url);
        await Assertions.Expect(admin.GetByRole(AriaRole.Row).Filter(new() { HasTextString = LeadName }).GetByRole(AriaRole.Combobox)).ToHaveValueAsync("QualityLead");
        await CheckAsync(admin);
        await admin.Context.CloseAsync();
    }

    private async Task<(string Ours, string Peer)> UploadAndReadWhatWasRecognisedAsync(IPage page)
    {
        await Nav(page, "Upload").ClickAsync();
        await CheckAsync(page);
        await page.GetByLabel("Files").SetInputFilesAsync(
        [
            new FilePayload { Name = "harrowden-focused-visit-2026-10.pdf", MimeType = "application/pdf", Buffer = WeekEvidence.OurLetter() },
            new FilePayload { Name = "westmarch-monitoring-visit-2026-08.pdf", MimeType = "application/pdf", Buffer = WeekEvidence.PeerLetter() },
            new FilePayload { Name = "self-evaluation-autumn-2026.docx", MimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Buffer = WeekEvidence.SelfEvaluation() },
        ]);
        await page.GetByLabel("Official", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Finished: 3 of 3 files", new() { Timeout = 90_000 });
        var files = page.GetByRole(AriaRole.Table, new() { Name = "Files in this upload" });
        var ours = files.GetByRole(AriaRole.Row).Filter(new() { HasTextString = "harrowden-focused-visit-2026-10.pdf" });
        await Assertions.Expect(ours).ToContainTextAsync("Added");
        await Assertions.Expect(ours).ToContainTextAsync($"Inspection letter, 9 October 2026, {WeekEvidence.Ours}, 3 findings");
        await Assertions.Expect(ours).Not.ToContainTextAsync("Warning");

        var peer = files.GetByRole(AriaRole.Row).Filter(new() { HasTextString = "westmarch-monitoring-visit-2026-08.pdf" });
        await Assertions.Expect(peer).ToContainTextAsync($"Inspection letter, 14 August 2026, {WeekEvidence.Peer}, 2 findings");
        await Assertions.Expect(peer).ToContainTextAsync($"It is about {WeekEvidence.Peer}, not {WeekEvidence.Ours}");

        var selfEvaluation = files.GetByRole(AriaRole.Row).Filter(new() { HasTextString = "self-evaluation-autumn-2026.docx" });
        await Assertions.Expect(selfEvaluation).ToContainTextAsync($"Self-evaluation, 30 September 2026, {WeekEvidence.Ours}, 0 findings");
        await Assertions.Expect(selfEvaluation).Not.ToContainTextAsync("Warning");
        await CheckAsync(page);

        return (await DocumentIdAsync(page, "harrowden-focused-visit-2026-10.pdf"), await DocumentIdAsync(page, "westmarch-monitoring-visit-2026-08.pdf"));
    }

    private async Task SearchAndPageToTheLastPageAsync(IPage page)
    {
        await Nav(page, "Search").ClickAsync();
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Search words" }).FillAsync("children");
        await page.Keyboard.PressAsync("Enter");
        var results = page.GetByRole(AriaRole.List, new() { NameRegex = new Regex("found$") });
        var pages = page.GetByRole(AriaRole.Navigation, new() { Name = "Pages of results" });
        await Assertions.Expect(pages).ToContainTextAsync(new Regex(@"Page 1 of \d+"));
        var last = int.Parse(Regex.Match(await pages.InnerTextAsync(), @"Page 1 of (\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(last >= 3, $"a common word fills at least three pages of results, not {last}");

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var number = 1; ; number++)
        {
            await Assertions.Expect(pages).ToContainTextAsync($"Page {number} of {last}");
            var hits = await results.GetByRole(AriaRole.Listitem).AllInnerTextsAsync();
            Assert.NotEmpty(hits);
            Assert.True(hits.All(seen.Add), $"page {number} repeats results of an earlier page");
            await CheckAsync(page);
            var next = pages.GetByRole(AriaRole.Link, new() { Name = "Next page" });
            if (number == last)
            {
                await Assertions.Expect(next).ToHaveCountAsync(0);
                await Assertions.Expect(pages.GetByRole(AriaRole.Link, new() { Name = "Previous page" })).ToHaveCountAsync(1);
                break;
            }

            await next.ClickAsync();
        }
    }

    private async Task OpenThePdfAtThePassageAsync(IPage page, string ourLetter)
    {
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Search words" }).FillAsync(WeekEvidence.SecondPageWord);
        await page.Keyboard.PressAsync("Enter");
        var open = page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Open the PDF at page 2 of Focused visit to Harrowden") });
        await Assertions.Expect(open).ToHaveCountAsync(1);
        await CheckAsync(page);
        await open.ClickAsync();

        await page.WaitForURLAsync($"**/documents/{ourLetter}/view?page=2&words={WeekEvidence.SecondPageWord}");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(new Regex(@"Page 2 of 2: [1-9]\d* words? marked"), new() { Timeout = 30_000 });
        var ink = await page.EvaluateAsync<int>("""
            () => {
              const canvas = document.querySelector('main canvas');
              const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
              let ink = 0;
              for (let i = 0; i < pixels.length; i += 4) { if (pixels[i + 3] > 0 && pixels[i] < 128) ink++; }
              return ink;
            }
            """);
        Assert.True(ink > 1000, $"pdf.js drew the page on the canvas ({ink} dark pixels)");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "The text of page 2" })).ToBeVisibleAsync();
        var marked = page.GetByRole(AriaRole.Region).Locator("mark");
        await Assertions.Expect(marked.First).ToHaveTextAsync(WeekEvidence.SecondPageWord);
        await CheckAsync(page);
    }

    private async Task AddAndCorrectAnActionOnOurFindingAsync(IPage page)
    {
        await Nav(page, "Findings").ClickAsync();
        var main = page.GetByRole(AriaRole.Main);
        foreach (var finding in WeekEvidence.OurFindings)
        {
            await Assertions.Expect(main.GetByRole(AriaRole.Link, new() { Name = finding })).ToHaveCountAsync(1);
        }

        await Assertions.Expect(main).Not.ToContainTextAsync(WeekEvidence.PeerWord);
        await CheckAsync(page);

        await main.GetByRole(AriaRole.Link, new() { Name = WeekEvidence.OurFindings[0] }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(WeekEvidence.OurFindings[0]);
        var findingUrl = page.Url;
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Actions (0)" })).ToBeVisibleAsync();
        await CheckAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Add an action for this finding" }).ClickAsync();
        var add = page.Locator("form", new() { Has = page.GetByRole(AriaRole.Button, new() { Name = "Add action" }) });
        await Assertions.Expect(add.GetByLabel("Finding it answers")).ToHaveValueAsync(findingUrl[(findingUrl.LastIndexOf('/') + 1)..]);
        await CheckAsync(page);
        await add.GetByLabel("Action", new() { Exact = true }).FillAsync(ActionAsTyped);
        await add.GetByLabel("Owner", new() { Exact = true }).FillAsync("Head of kinship care");
        await add.GetByLabel("Due", new() { Exact = true }).FillAsync("31/01/2027");
        await add.GetByLabel("RAG", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Red" });
        await add.GetByRole(AriaRole.Button, new() { Name = "Add action" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Action added and linked to the finding: {ActionAsTyped}.");
        await CheckAsync(page);

        // The typing slip is corrected and the rating moves to Amber with a comment, kept in the action's history.
        await page.GetByText($"Change or re-rate: {ActionAsTyped}").ClickAsync();
        var change = page.GetByRole(AriaRole.Form, new() { Name = $"Change: {ActionAsTyped}" });
        await CheckAsync(page);
        await change.GetByLabel("Action", new() { Exact = true }).FillAsync(ActionCorrected);
        await change.GetByLabel("RAG", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Amber" });
        await change.GetByLabel("Comment", new() { Exact = true }).FillAsync(RagComment);
        await change.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Save") }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"{ActionCorrected} is now Amber.");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Cell, new() { Name = ActionCorrected, Exact = true }) });
        await Assertions.Expect(row).ToContainTextAsync("Amber");
        await Assertions.Expect(row).ToContainTextAsync($"“{RagComment}”");
        await Assertions.Expect(row).ToContainTextAsync("31 January 2027");
        await Assertions.Expect(page.GetByText(ActionAsTyped)).ToHaveCountAsync(0);
        await CheckAsync(page);

        // The finding's own page lists the corrected action with its new rating.
        await row.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^" + Regex.Escape(WeekEvidence.OurFindings[0][..60])) }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Actions (1)" })).ToBeVisibleAsync();
        var listed = page.GetByRole(AriaRole.Row).Filter(new() { HasTextString = ActionCorrected });
        await Assertions.Expect(listed).ToContainTextAsync("Amber");
        await Assertions.Expect(listed).ToContainTextAsync("Head of kinship care");
        await CheckAsync(page);
    }

    private async Task BuildTheBriefingAsync(IPage page)
    {
        await Nav(page, "Briefing").ClickAsync();
        await CheckAsync(page);
        await page.GetByLabel("Theme or framework").SelectOptionAsync(new SelectOptionValue { Label = JudgementArea });
        await page.GetByRole(AriaRole.Button, new() { Name = "Prepare briefing" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = JudgementArea })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText($"About {WeekEvidence.Ours}.")).ToBeVisibleAsync();

        var text = await page.GetByRole(AriaRole.Main).InnerTextAsync();
        var elsewhere = text.IndexOf("What inspectors said elsewhere", StringComparison.Ordinal);
        Assert.True(elsewhere > 0, "the peer's findings are listed apart, under what inspectors said elsewhere");
        foreach (var finding in WeekEvidence.OurFindings)
        {
            Assert.Contains(finding, text[..elsewhere], StringComparison.Ordinal);
        }

        Assert.Contains(ActionCorrected, text[..elsewhere], StringComparison.Ordinal);
        Assert.DoesNotContain(WeekEvidence.PeerWord, text[..elsewhere], StringComparison.Ordinal);
        Assert.DoesNotContain(WeekEvidence.Peer, text[..elsewhere], StringComparison.Ordinal);
        foreach (var finding in WeekEvidence.PeerFindings)
        {
            Assert.Contains(finding, text[elsewhere..], StringComparison.Ordinal);
        }

        Assert.Contains(WeekEvidence.Peer, text[elsewhere..], StringComparison.Ordinal);
        await CheckAsync(page);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download as Word (DOCX)" }).ClickAsync());
        using (var word = WordprocessingDocument.Open(new MemoryStream(await DownloadedAsync(download)), false))
        {
            var paragraphs = word.MainDocumentPart!.Document.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText).ToList();
            Assert.Equal("OFFICIAL", paragraphs[0]);
            Assert.Equal("OFFICIAL", paragraphs[^1]);
            Assert.Contains(WeekEvidence.Ours, paragraphs);
            var body = string.Join("\n", paragraphs);
            Assert.Contains(WeekEvidence.OurFindings[0], body, StringComparison.Ordinal);
            Assert.Contains(ActionCorrected, body, StringComparison.Ordinal);
            Assert.DoesNotContain(WeekEvidence.PeerWord, body, StringComparison.Ordinal);
        }

        await page.GetByRole(AriaRole.Link, new() { Name = "Open the printable briefing" }).ClickAsync();
        var printable = page.GetByRole(AriaRole.Main);
        await Assertions.Expect(printable).ToContainTextAsync(WeekEvidence.Ours);
        await Assertions.Expect(printable).ToContainTextAsync("OFFICIAL");
        await Assertions.Expect(printable).ToContainTextAsync(WeekEvidence.OurFindings[0]);
        await CheckAsync(page);
    }

    private async Task BuildThePackAsync(IPage page, string ourLetter, string peerLetter)
    {
        await page.GotoAsync("/");
        await Nav(page, "Packs").ClickAsync();
        await CheckAsync(page);
        await page.GetByLabel("Theme or framework").SelectOptionAsync(new SelectOptionValue { Label = JudgementArea });
        await Assertions.Expect(page.GetByLabel("Official", new() { Exact = true })).ToBeCheckedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Show what the pack will hold" }).ClickAsync();
        var holds = page.GetByRole(AriaRole.Table, new() { Name = "In the pack, in order" });
        await Assertions.Expect(holds.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Focused visit to Harrowden") })).Not.ToHaveCountAsync(0);
        await Assertions.Expect(holds).Not.ToContainTextAsync("Westmarch");
        await CheckAsync(page);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download the pack (ZIP)" }).ClickAsync());
        using var zip = new ZipArchive(new MemoryStream(await DownloadedAsync(download)));
        using var manifest = JsonDocument.Parse(zip.GetEntry("manifest.json")!.Open());
        var packed = manifest.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetString()).ToList();
        Assert.Contains(ourLetter, packed);
        Assert.DoesNotContain(peerLetter, packed);
        foreach (var entry in zip.Entries)
        {
            Assert.DoesNotContain("westmarch", entry.FullName, StringComparison.OrdinalIgnoreCase);
            if (entry.FullName.EndsWith(".html", StringComparison.Ordinal) || entry.FullName.EndsWith(".json", StringComparison.Ordinal))
            {
                using var reader = new StreamReader(entry.Open());
                var content = await reader.ReadToEndAsync();
                Assert.DoesNotContain(WeekEvidence.Peer, content, StringComparison.Ordinal);
                Assert.DoesNotContain(WeekEvidence.PeerWord, content, StringComparison.Ordinal);
            }
        }

        using var index = new StreamReader(zip.GetEntry("index.html")!.Open());
        Assert.Contains(WeekEvidence.OurFindings[0].Replace("'", "&#39;", StringComparison.Ordinal)[..60], await index.ReadToEndAsync(), StringComparison.Ordinal);
    }

    private async Task ExportThePlanAsync(IPage page)
    {
        await Nav(page, "Coverage").ClickAsync();
        await CheckAsync(page);
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "XLSX spreadsheet of the plan" }).ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        using var book = SpreadsheetDocument.Open(new MemoryStream(await DownloadedAsync(download)), false);
        var rows = Rows(book);
        var row = Assert.Single(rows, r => r.Contains(ActionCorrected));
        Assert.Contains("Amber", row);
        Assert.Contains("Head of kinship care", row);
        Assert.DoesNotContain(rows, r => r.Contains(ActionAsTyped));
    }

    // Every other page a lead or an administrator can reach, so that axe-core has seen them all; and the sign-in page.
    private async Task TheRestOfTheSiteAsync(IPage page, string ourLetter)
    {
        foreach (var path in new[]
        {
            $"/documents/{ourLetter}", $"/documents/{ourLetter}/versions", $"/documents/{ourLetter}/edit", "/documents", "/documents/deleted",
            "/documents/change?q=kinship", "/documents/change?done=true", "/jobs", "/searches", "/items/new", "/account/password", "/accessibility", "/findings?organisation=elsewhere",
        })
        {
            await page.GotoAsync(path);
            await CheckAsync(page);
        }

        // What a lead meets at a page their role may not open, and at one that is not there.
        await page.GotoAsync("/admin/users");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("You cannot open this page");
        await CheckAsync(page);
        await page.GotoAsync("/findings/no-such-finding");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Page not found");
        await CheckAsync(page);

        var admin = await site.SignedInPageAsync("week.admin");
        foreach (var path in new[] { "/admin/audit", "/admin/settings", "/admin/health" })
        {
            await admin.GotoAsync(path);
            await CheckAsync(admin);
        }

        await admin.Context.CloseAsync();
        var anonymous = await site.Browser.NewPageAsync(new() { BaseURL = site.BaseAddress, Locale = "en-GB" });
        await anonymous.GotoAsync("/account/sign-in");
        await CheckAsync(anonymous);
        await anonymous.Context.CloseAsync();
    }

    private static ILocator Nav(IPage page, string name) =>
        page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    private static async Task<string> DocumentIdAsync(IPage page, string fileName)
    {
        var href = await page.GetByRole(AriaRole.Link, new() { Name = $"Open the document made from {fileName}" }).GetAttributeAsync("href");
        Assert.StartsWith("/documents/", href, StringComparison.Ordinal);
        return href!["/documents/".Length..];
    }

    private static async Task<byte[]> DownloadedAsync(IDownload download)
    {
        Assert.Null(await download.FailureAsync());
        await using var stream = await download.CreateReadStreamAsync();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }

    // Each row's cell texts, shared strings and inline strings alike.
    private static List<List<string>> Rows(SpreadsheetDocument book)
    {
        var shared = book.WorkbookPart!.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var sheet = book.WorkbookPart.WorksheetParts.Single().Worksheet;
        return [.. sheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c =>
            c.DataType?.Value == CellValues.SharedString ? shared[int.Parse(c.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)]
            : c.DataType?.Value == CellValues.InlineString ? c.InlineString!.InnerText
            : c.CellValue?.Text ?? "").ToList())];
    }

    private async Task CheckAsync(IPage page)
    {
        await PageAccessibility.AssertUsableAsync(page);
        _checked.Add(page.Url.Replace(site.BaseAddress, "", StringComparison.Ordinal));
    }
}
