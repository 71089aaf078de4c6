using AngleSharp.Html.Parser;
using Inspection.Content.Evidence;
using Inspection.Readiness.Briefing;
using Inspection.Readiness.Coverage;
using Inspection.Readiness.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Readiness.Tests.Briefing;

[Collection(CorpusTests.Name)]
public sealed class VisitBriefingTests(IngestedCorpus corpus)
{
    private const string SampleWsoa = "send-wsoa-progress-report-2024-01.pdf";

    [Fact]
    public async Task TheSendBriefingGathersMedwaysWeaknessesEachFollowedByItsRevisitVerdict()
    {
        var briefing = await BuildAsync("send-2016");

        Assert.Equal("send-2016", briefing.ThemeId);
        var medway = briefing.Findings.Where(f => f.SourceFile == IngestedCorpus.MedwayRevisit).ToList();
        var weaknesses = medway.Where(f => f.Finding.Kind == FindingKinds.SignificantWeakness).ToList();
        var verdicts = medway.Where(f => f.Finding.Kind == FindingKinds.ProgressVerdict).ToList();
        Assert.Equal(8, weaknesses.Count);
        Assert.Equal(8, verdicts.Count);
        // Besides Medway's, Thurrock's three areas of concern (2019), the four areas of significant weakness the sample
        // written statement of action restates (undated), and the lead member report's quotation of the revisit ("They
        // found ...") with the three improvements it lists: every SEND matter the store holds.
        var others = briefing.Findings.Except(medway).ToList();
        Assert.Equal(3, others.Count(f => f.SourceFile == IngestedCorpus.ThurrockScrutiny && f.Finding.Kind == FindingKinds.AreaOfConcern));
        Assert.Equal(4, others.Count(f => f.SourceFile == SampleWsoa && f.Finding.Kind == FindingKinds.SignificantWeakness));
        var quoted = others.Where(f => f.SourceFile == IngestedCorpus.MedwayLeadMember).ToList();
        Assert.Equal(4, quoted.Count);
        Assert.All(quoted, f => Assert.Equal((FindingKinds.QuotedFinding, "send-revisit"), (f.Finding.Kind, f.Finding.VisitKind)));
        Assert.Equal(11, others.Count);
        Assert.All(others.Except(quoted), f => Assert.Equal("area-send-inspection", f.Finding.VisitKind));

        // Each matter together: a verdict comes after the weakness it restates, before the next weakness; only later
        // findings on the same matter (verdicts, the lead member report's quotation of the revisit) come between.
        var order = briefing.Findings.Select(f => f.Finding.FindingId).ToList();
        foreach (var verdict in verdicts)
        {
            var weaknessAt = order.IndexOf(verdict.History[0].FindingId);
            var verdictAt = order.IndexOf(verdict.Finding.FindingId);
            Assert.True(weaknessAt < verdictAt);
            Assert.All(order.Skip(weaknessAt + 1).Take(verdictAt - weaknessAt - 1), between =>
            {
                var finding = briefing.Findings.Single(f => f.Finding.FindingId == between);
                Assert.Contains(finding.Finding.Kind, new[] { FindingKinds.ProgressVerdict, FindingKinds.QuotedFinding });
                Assert.Equal(verdict.History[0].FindingId, finding.History[0].FindingId);
            });
        }

        Assert.Contains(briefing.Gaps, g => g.Code == BriefingGapCodes.InsufficientProgress);
        // The coverage service's gaps of each judgement area, named by the area.
        Assert.Contains(briefing.Gaps, g => g.Code == GapCodes.OpenFindingWithoutAction
            && g.Reason.StartsWith("How effectively the local area assesses and meets the needs", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ASubThemeBriefingHoldsOnlyTheMatterItsPhrasesNameWithItsVerdict()
    {
        var briefing = await BuildAsync("send-2016/assessment-and-meeting-needs/ehc-plans");

        // Thurrock's area of concern on plans, the sample written statement of action's and the lead member report's quotation
        // of the revisit on the social care advice in plans come too, but no other Medway matter.
        Assert.Equal(5, briefing.Findings.Count);
        Assert.StartsWith("The quality of the social care advice contained in EHCPs", briefing.Findings.Single(f => f.SourceFile == IngestedCorpus.MedwayLeadMember).Finding.Text, StringComparison.Ordinal);
        Assert.StartsWith("Education Health and Care Plans (EHC Plans)", briefing.Findings.Single(f => f.SourceFile == IngestedCorpus.ThurrockScrutiny).Finding.Text, StringComparison.Ordinal);
        Assert.StartsWith("the timeliness and quality of education, health and care plans", briefing.Findings.Single(f => f.SourceFile == SampleWsoa).Finding.Text, StringComparison.Ordinal);
        briefing = briefing with { Findings = [.. briefing.Findings.Where(f => f.SourceFile == IngestedCorpus.MedwayRevisit)] };
        Assert.All(briefing.Findings, f => Assert.Equal("the quality of education health and care plans", f.Finding.Text));
        Assert.Equal([FindingKinds.SignificantWeakness, FindingKinds.ProgressVerdict], briefing.Findings.Select(f => f.Finding.Kind));
        Assert.Equal([2, 6], briefing.Findings.Select(f => f.Finding.Page));
        Assert.Contains(briefing.Gaps, g => g.Code == BriefingGapCodes.InsufficientProgress);
    }

    [Fact]
    public async Task TheSendBriefingRendersAsPrintableHtmlWithHeadingsTableHeadersAndPages()
    {
        var briefing = await BuildAsync("send-2016/assessment-and-meeting-needs");
        var html = BriefingHtmlRenderer.Render(briefing);

        var document = new HtmlParser().ParseDocument(html);
        Assert.Equal("en-GB", document.DocumentElement.GetAttribute("lang"));
        Assert.Single(document.QuerySelectorAll("h1"));
        var sections = document.QuerySelectorAll("h2").Select(h => h.TextContent).ToList();
        Assert.Equal(["What inspectors said", "Actions and their RAG rating", "Latest evidence", "Gaps"], sections);
        Assert.Equal(3, document.QuerySelectorAll("h3").Length);
        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.Contains("@media print", document.QuerySelector("style")!.TextContent, StringComparison.Ordinal);

        var findings = document.QuerySelector("table")!;
        Assert.Equal(["Visit", "Kind", "Finding", "Verdict", "Status", "Source"], findings.QuerySelectorAll("thead th").Select(th => th.TextContent));
        Assert.All(findings.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
        var rows = findings.QuerySelectorAll("tbody tr");
        // Medway's 16 (weaknesses and verdicts), its report's two quotations of the revisit (the summary's and the letter's),
        // Thurrock's 3 areas of concern, the sample's 3 (its fourth, on preparing for adulthood, is about improving
        // outcomes), the lead member report's quotation of the revisit and its 3 points.
        Assert.Equal(28, rows.Length);
        Assert.All(rows, row => Assert.Equal("row", row.QuerySelector("th")!.GetAttribute("scope")));
        var plans = rows.Where(r => r.TextContent.Contains("the quality of education health and care plans", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, plans.Count);
        Assert.Contains("Area SEND inspection, 4 December 2017", plans[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("medway-cabinet-send-revisit-2020.pdf, page 2", plans[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Area SEND revisit, 9 December 2019", plans[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("Not sufficient progress", plans[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("medway-cabinet-send-revisit-2020.pdf, page 6", plans[1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheTextBriefingNamesVerdictsSourcesAndGaps()
    {
        var text = BriefingTextRenderer.Render(await BuildAsync("send-2016"));

        Assert.StartsWith("VISIT BRIEFING: Area SEND", text, StringComparison.Ordinal);
        Assert.Contains("Area SEND revisit, 9 December 2019: Progress verdict [Sufficient progress]", text, StringComparison.Ordinal);
        Assert.Contains("medway-cabinet-send-revisit-2020.pdf, page 3", text, StringComparison.Ordinal);
        Assert.Contains("3 revisit verdicts found insufficient progress", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnIlacsBriefingHoldsVisitFindingsAndTheLatestAuditImpactStatementAndScorecard()
    {
        var briefing = await BuildAsync("ilacs/help-and-protection");

        Assert.All(briefing.Findings, f => Assert.Contains(f.Finding.VisitKind, new[] { "focused-visit", "monitoring-visit" }));
        // Thurrock: the focused visit's three areas for improvement and the cover report's quotation of the letter.
        Assert.Equal(3, briefing.Findings.Count(f => f.SourceFile == IngestedCorpus.ThurrockScrutiny && f.Finding.Kind == FindingKinds.AreaForImprovement));
        Assert.StartsWith("Ofsted commented", Assert.Single(briefing.Findings, f => f.SourceFile == IngestedCorpus.ThurrockScrutiny && f.Finding.Kind == FindingKinds.QuotedFinding).Finding.Text, StringComparison.Ordinal);
        Assert.Equal(3, briefing.Findings.Count(f => f.SourceFile == IngestedCorpus.HarrowdenFocusedVisit));
        Assert.Equal("thematic-audit-missing-children-rhi-2025-08.pdf", Assert.Single(briefing.Audits).SourceFile);
        Assert.Equal("impact-statement-since-focused-visit-2026-02.docx", Assert.Single(briefing.ImpactStatements).SourceFile);
        Assert.Equal("performance-scorecard-2025-26-q2.html", Assert.Single(briefing.PerformanceData).SourceFile);
        Assert.DoesNotContain(briefing.Gaps, g => g.Code is BriefingGapCodes.NoImpactStatement or BriefingGapCodes.NoRecentAudit or BriefingGapCodes.NoPerformanceData);
        Assert.Contains(briefing.Gaps, g => g.Code == GapCodes.OpenFindingWithoutAction);
        Assert.DoesNotContain(briefing.Gaps, g => g.Code == BriefingGapCodes.FindingsWithoutActions);

        var html = new HtmlParser().ParseDocument(BriefingHtmlRenderer.Render(briefing));
        var audits = html.QuerySelectorAll("h3").Single(h => h.TextContent == "Audits").NextElementSibling!;
        Assert.Equal("TABLE", audits.TagName);
        Assert.Contains("29 August 2025", audits.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AJudgementAreaHoldsWhatInspectorsSaidAboutItAndNothingIsLeftOutOfEveryArea()
    {
        await using var scope = corpus.Scope();
        var briefings = scope.ServiceProvider.GetRequiredService<IVisitBriefingService>();
        var framework = await briefings.BuildAsync("ilacs", "harrowden borough council", Classifications.All, CancellationToken.None);
        var areas = new Dictionary<string, VisitBriefing>(StringComparer.Ordinal);
        foreach (var area in new[] { "ilacs/leaders", "ilacs/help-and-protection", "ilacs/children-in-care", "ilacs/care-leavers" })
        {
            areas[area] = await briefings.BuildAsync(area, "harrowden borough council", Classifications.All, CancellationToken.None);
        }

        // Care leavers: only the focused visit's point on 17-year-olds approaching adulthood, not every finding of the
        // framework (the plans for children in need, pre-proceedings, supervision and return home interviews are not theirs).
        Assert.StartsWith("Planning for 17-year-olds", Assert.Single(areas["ilacs/care-leavers"].Findings).Finding.Text, StringComparison.Ordinal);
        Assert.Contains("public law outline", Assert.Single(areas["ilacs/children-in-care"].Findings).Finding.Text, StringComparison.Ordinal);
        Assert.All(areas["ilacs/leaders"].Findings, f => Assert.Contains("management oversight", f.Finding.Text, StringComparison.Ordinal));
        // Every finding of the framework's briefing is in some area's: the areas share the whole between them.
        Assert.Equal(6, framework.Findings.Count);
        Assert.All(framework.Findings, f => Assert.Contains(areas.Values, a => a.Findings.Any(x => x.Finding.FindingId == f.Finding.FindingId)));
    }

    [Fact]
    public async Task ABriefingForOneOrganisationLeavesOutTheOthers()
    {
        await using var scope = corpus.Scope();
        var briefing = await scope.ServiceProvider.GetRequiredService<IVisitBriefingService>()
            .BuildAsync("ilacs/help-and-protection", "harrowden borough council", Classifications.All, CancellationToken.None);

        // Harrowden's six ILACS findings but the one on pre-proceedings, which is about children in care.
        Assert.Equal(5, briefing.Findings.Count);
        Assert.DoesNotContain(briefing.Findings, f => f.Finding.Text.Contains("public law outline", StringComparison.Ordinal));
        Assert.DoesNotContain(briefing.Findings, f => f.SourceFile == IngestedCorpus.ThurrockScrutiny);
        Assert.Single(briefing.Audits);

        var thurrock = await scope.ServiceProvider.GetRequiredService<IVisitBriefingService>()
            .BuildAsync("ilacs/help-and-protection", "Thurrock Council", Classifications.All, CancellationToken.None);
        Assert.Equal(4, thurrock.Findings.Count);
        Assert.All(thurrock.Findings, f => Assert.Equal(IngestedCorpus.ThurrockScrutiny, f.SourceFile));
        Assert.Empty(thurrock.Audits);
    }

    [Fact]
    public async Task AnUnknownThemeIsRejectedNamingIt()
    {
        var error = await Assert.ThrowsAsync<ReadinessException>(() => BuildAsync("ilacs/no-such-theme"));

        Assert.True(error.IsNotFound);
        Assert.Contains("ilacs/no-such-theme", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryValueIsHtmlEncoded()
    {
        var briefing = new VisitBriefing("t<1>", "Leaders & <b>partners</b>", "\"quoted\" <script>alert(1)</script>", new DateTime(2021, 8, 9, 0, 0, 0, DateTimeKind.Utc), [], [], [], [], [], [new("gap", "<img src=x>")]);

        var html = BriefingHtmlRenderer.Render(briefing);
        var document = new HtmlParser().ParseDocument(html);

        Assert.Empty(document.QuerySelectorAll("script, img, b"));
        Assert.Equal("Visit briefing: Leaders & <b>partners</b>", document.QuerySelector("h1")!.TextContent);
        Assert.Contains("Prepared on 9 August 2021", document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ThePrintablePageNamesTheAuthorityMarkingAndDateMarksHighlightsAndSaysGapsAndCountsInWords()
    {
        var finding = new Inspection.Readiness.Findings.TrackedFinding(
            new Finding("f1", "d1", FindingKinds.SignificantWeakness, "Leaders do not know the quality of RHIs", 2, new DateOnly(2024, 5, 9), "area-send-inspection", "open", null),
            "letter.pdf", "Letter", "open", [new("a1", "Audit RHIs monthly", "Head of service", new DateOnly(2026, 3, 31), "Amber", [])], [], []);
        var audit = new BriefingEvidence("d2", "Thematic audit", "Audit", new DateOnly(2025, 8, 29), "audit.pdf", 1, 1, "p1", "Completed **RHIs** rose to 80% <b>");
        var briefing = new VisitBriefing("ilacs/help", "Help and protection", null, new DateTime(2026, 12, 6, 9, 0, 0, DateTimeKind.Utc), [finding], finding.Actions, [audit], [], [], [new(GapCodes.OpenFindingWithoutImpact, "1 finding has no evidence of impact.")])
        {
            Classification = Classifications.Personal,
        };

        var html = BriefingHtmlRenderer.Render(briefing, "Northshire County Council");
        var document = new HtmlParser().ParseDocument(html);
        var text = document.Body!.TextContent;

        Assert.Contains("Northshire County Council", text, StringComparison.Ordinal);
        Assert.Equal(2, document.QuerySelectorAll(".marking").Count(m => m.TextContent == "OFFICIAL-SENSITIVE: PERSONAL"));

        // Everything is inside a landmark (axe-core's "region" rule): the markings in the banner and the content-info.
        Assert.All(document.Body!.Children, c => Assert.Contains(c.LocalName, new[] { "header", "main", "footer" }));
        Assert.Equal("OFFICIAL-SENSITIVE: PERSONAL", document.QuerySelector("body > header > .marking")?.TextContent);
        Assert.Equal("OFFICIAL-SENSITIVE: PERSONAL", document.QuerySelector("body > footer > .marking")?.TextContent);
        Assert.Contains("Prepared on 6 December 2026", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ilacs/help", text, StringComparison.Ordinal);
        Assert.Equal("RHIs", Assert.Single(document.QuerySelectorAll("mark")).TextContent);
        Assert.DoesNotContain("**", text, StringComparison.Ordinal);
        Assert.Empty(document.QuerySelectorAll("td b"));
        Assert.DoesNotContain("open-finding-without-impact", text, StringComparison.Ordinal);
        Assert.Contains("Open finding without evidence of impact: 1 finding has no evidence of impact.", text, StringComparison.Ordinal);
        Assert.Contains("Area of significant weakness", text, StringComparison.Ordinal);
        Assert.Contains("Area SEND inspection", text, StringComparison.Ordinal);
        Assert.Contains("1 finding, 1 action.", text, StringComparison.Ordinal);

        using var docx = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(BriefingDocxRenderer.Render(briefing, "Northshire County Council")), false);
        var words = docx.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("OFFICIAL-SENSITIVE: PERSONAL", words, StringComparison.Ordinal);
        Assert.Contains("Northshire County Council", words, StringComparison.Ordinal);
        Assert.Contains("Completed RHIs rose to 80%", words, StringComparison.Ordinal);
        Assert.Contains("1 finding, 1 action.", words, StringComparison.Ordinal);
    }

    private async Task<VisitBriefing> BuildAsync(string themeId)
    {
        await using var scope = corpus.Scope();
        return await scope.ServiceProvider.GetRequiredService<IVisitBriefingService>()
            .BuildAsync(themeId, Classifications.All, CancellationToken.None);
    }
}
