namespace Inspection.Cli.Tests;

public sealed class FindingsCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task FindingsListAsJsonWithTheirHistoryAndChangeStatusThroughLinksAndByHand()
    {
        await _cli.RunAsync("setup");
        await _cli.RunAsync("ingest", CliRun.CorpusFile("medway-cabinet-send-revisit-2020.pdf"));

        var listed = await _cli.RunAsync("findings", "--json");
        Assert.Equal(0, listed.ExitCode);
        var findings = listed.Json().EnumerateArray().ToList();
        // Eight significant weaknesses, the revisit's eight verdicts on them, and the inspectors' conclusion quoted twice: in
        // the report's summary ("They concluded ...") and from the letter.
        Assert.Equal(18, findings.Count);
        Assert.Equal(2, findings.Count(f => f.GetProperty("kind").GetString() == "quoted-finding"));
        Assert.All(findings, f => Assert.Equal(
            ["id", "documentId", "sourceFile", "organisation", "kind", "text", "page", "visitDate", "status", "actions", "evidence", "history"],
            f.EnumerateObject().Select(p => p.Name)));
        var plans = findings.Single(f => f.GetProperty("kind").GetString() == "significant-weakness"
            && f.GetProperty("text").GetString()!.Contains("education health and care plans", StringComparison.Ordinal));
        Assert.Equal("2017-12-04", plans.GetProperty("visitDate").GetString());
        var verdict = Assert.Single(plans.GetProperty("history").EnumerateArray());
        Assert.Equal("insufficient", verdict.GetProperty("verdict").GetString());
        Assert.Equal(6, verdict.GetProperty("page").GetInt32());

        var id = plans.GetProperty("id").GetString()!;
        var documentId = plans.GetProperty("documentId").GetString()!;
        var passage = (await _cli.RunAsync("show", documentId, "--json")).Json().GetProperty("passages").EnumerateArray().Last().GetProperty("id").GetString()!;
        var linked = await _cli.RunAsync("findings", "link", id, "--evidence", passage, "--json");
        Assert.Equal(0, linked.ExitCode);
        Assert.Equal("evidence-of-impact", linked.Json().GetProperty("status").GetString());
        Assert.Equal(passage, Assert.Single(linked.Json().GetProperty("evidence").EnumerateArray()).GetProperty("passageId").GetString());

        var closed = await _cli.RunAsync("findings", "status", id, "closed");
        Assert.Equal(0, closed.ExitCode);
        Assert.Contains($"finding {id}: closed", closed.Output, StringComparison.Ordinal);
        var onlyClosed = (await _cli.RunAsync("findings", "--status", "closed", "--json")).Json();
        Assert.Equal(id, Assert.Single(onlyClosed.EnumerateArray()).GetProperty("id").GetString());
    }

    [Fact]
    public async Task BadStatusesUnknownIdsAndMissingLinkTargetsExitWithTwo()
    {
        await _cli.RunAsync("setup");
        await _cli.RunAsync("ingest", CliRun.CorpusFile("medway-cabinet-send-revisit-2020.pdf"));
        var id = (await _cli.RunAsync("findings", "--json")).Json()[0].GetProperty("id").GetString()!;

        var badStatus = await _cli.RunAsync("findings", "status", id, "done");
        Assert.Equal(2, badStatus.ExitCode);
        Assert.Contains("use one of: open, in-progress, evidence-of-impact, addressed, closed", badStatus.Error, StringComparison.Ordinal);

        var unknown = await _cli.RunAsync("findings", "status", "no-such-finding", "closed", "--json");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("no finding with id 'no-such-finding'", unknown.Error, StringComparison.Ordinal);

        var noAction = await _cli.RunAsync("findings", "link", id, "--action", "no-such-action");
        Assert.Equal(2, noAction.ExitCode);
        Assert.Contains("no action with id 'no-such-action'", noAction.Error, StringComparison.Ordinal);

        var neither = await _cli.RunAsync("findings", "link", id);
        Assert.Equal(2, neither.ExitCode);
        Assert.Contains("--action", neither.Error, StringComparison.Ordinal);

        var listFilter = await _cli.RunAsync("findings", "--status", "finished");
        Assert.Equal(2, listFilter.ExitCode);
        Assert.Equal("open", (await _cli.RunAsync("findings", "--json")).Json()[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task TheBriefingIsWrittenAsHtmlToAnHtmlFileAndAsTextOtherwise()
    {
        await _cli.RunAsync("setup");
        await _cli.RunAsync("ingest", CliRun.CorpusFile("medway-cabinet-send-revisit-2020.pdf"));
        var file = Path.Combine(_cli.DataDirectory, "send-briefing.html");

        var written = await _cli.RunAsync("briefing", "--theme", "send-2016", "--out", file);
        Assert.Equal(0, written.ExitCode);
        var html = await File.ReadAllTextAsync(file);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Visit briefing: Area SEND inspections, 2016 to 2022</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Area SEND revisit, 9 December 2019", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        // A briefing written to a file has left the repository, and is on the record as the web's downloads are.
        var audit = await _cli.RunAsync("audit", "--json");
        Assert.Contains("briefing send-2016 (printable page)", audit.Output, StringComparison.Ordinal);
        var auditLines = audit.Output.Split("briefing send-2016", StringSplitOptions.None).Length - 1;

        var text = await _cli.RunAsync("briefing", "--theme", "send-2016");
        Assert.Equal(0, text.ExitCode);
        Assert.Contains("WHAT INSPECTORS SAID", text.Output, StringComparison.Ordinal);
        Assert.Contains("medway-cabinet-send-revisit-2020.pdf, page 6", text.Output, StringComparison.Ordinal);
        // Shown on the screen, it is not an export.
        Assert.Equal(auditLines, (await _cli.RunAsync("audit", "--json")).Output.Split("briefing send-2016", StringSplitOptions.None).Length - 1);

        var unknown = await _cli.RunAsync("briefing", "--theme", "no-such-theme");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("no theme with id 'no-such-theme'", unknown.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvidenceForAFindingLeavesOutItsOwnLetterAndWhatIsLinkedMarksWhatCameAfterTheVisitAndKeepsToTheReadersClassifications()
    {
        await _cli.RunAsync("setup", "--samples");
        var letter = Path.Combine(CliRun.RepositoryRoot(), "tests", "Inspection.Web.Tests", "Canary", "personal-monitoring-visit-2024-10.html");
        var personalId = Assert.Single((await _cli.RunAsync("ingest", letter, "--classification", "Personal", "--json")).JsonLines()).GetProperty("documentId").GetString()!;
        var finding = (await _cli.RunAsync("findings", "--json")).Json().EnumerateArray().Single(f => f.GetProperty("visitDate").GetString() == "2025-06-10"
            && f.GetProperty("text").GetString()!.StartsWith("The quality and consistency of management oversight", StringComparison.Ordinal));
        var id = finding.GetProperty("id").GetString()!;
        var ownLetter = finding.GetProperty("documentId").GetString()!;

        var found = await _cli.RunAsync("findings", "evidence", id, "--json");
        Assert.Equal(0, found.ExitCode);
        var json = found.Json();
        // The finding's telling words, not the whole sentence (which only its own letter holds).
        Assert.Contains("supervision", json.GetProperty("query").GetString()!, StringComparison.Ordinal);
        var candidates = json.GetProperty("candidates").EnumerateArray().ToList();
        Assert.InRange(candidates.Count, 5, 10);
        Assert.DoesNotContain(candidates, c => c.GetProperty("documentId").GetString() == ownLetter);
        Assert.All(candidates, c => Assert.Equal(
            string.CompareOrdinal(c.GetProperty("date").GetString(), "2025-06-10") > 0,
            c.GetProperty("afterVisit").GetBoolean()));
        Assert.Contains(candidates, c => c.GetProperty("afterVisit").GetBoolean());
        // What came after the visit first: once one earlier passage is listed, no later one follows it.
        var flags = candidates.Select(c => c.GetProperty("afterVisit").GetBoolean()).ToList();
        Assert.Equal(flags.OrderByDescending(f => f), flags);
        Assert.Contains(false, flags);
        Assert.Contains(candidates, c => c.GetProperty("documentId").GetString() == personalId);

        // As a reader allowed only Official evidence would see it: the Personal letter is not offered.
        var narrowed = await _cli.RunAsync("findings", "evidence", id, "--allow", "Official", "--json");
        Assert.Equal(0, narrowed.ExitCode);
        Assert.DoesNotContain(personalId, narrowed.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Quillfeather", narrowed.Output, StringComparison.Ordinal);

        // A passage once linked is not offered again; the text output says how to link the rest.
        var first = candidates[0].GetProperty("passageId").GetString()!;
        Assert.Equal(0, (await _cli.RunAsync("findings", "link", id, "--evidence", first)).ExitCode);
        var again = await _cli.RunAsync("findings", "evidence", id);
        Assert.Equal(0, again.ExitCode);
        Assert.DoesNotContain(first, again.Output, StringComparison.Ordinal);
        Assert.Contains($"link with: inspection findings link {id} --evidence ", again.Output, StringComparison.Ordinal);
        Assert.Contains(", after the visit)", again.Output, StringComparison.Ordinal);

        var none = await _cli.RunAsync("findings", "evidence", id, "--words", "zzqx flarbish");
        Assert.Equal(0, none.ExitCode);
        Assert.Contains("no other passage has these words", none.Output, StringComparison.Ordinal);
        var unknown = await _cli.RunAsync("findings", "evidence", "no-such-finding");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("no finding with id 'no-such-finding'", unknown.Error, StringComparison.Ordinal);
    }
}
