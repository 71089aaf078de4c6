using Inspection.Content.Evidence;
using Inspection.Ingestion.Enrichment;
using Inspection.Ingestion.Tests.TestSupport;

namespace Inspection.Ingestion.Tests.Enrichment;

/// <summary>The sample evidence a new user sees first must be recognised as what it is.</summary>
public sealed class SampleEvidenceEnrichmentTests
{
    private readonly DocumentEnricher _enricher = new();

    [Theory]
    [InlineData("self-evaluation-social-work-practice-2025.docx", DocumentKinds.SelfEvaluation)]
    [InlineData("thematic-audit-missing-children-rhi-2025-08.pdf", DocumentKinds.Audit)]
    [InlineData("ofsted-focused-visit-letter-2025-07.pdf", DocumentKinds.InspectionLetter)]
    [InlineData("ofsted-monitoring-visit-4-2024-05.html", DocumentKinds.InspectionLetter)]
    [InlineData("impact-statement-since-focused-visit-2026-02.docx", DocumentKinds.ImpactStatement)]
    [InlineData("performance-scorecard-2025-26-q2.html", DocumentKinds.PerformanceData)]
    [InlineData("corporate-parenting-panel-sufficiency-2026-01.pdf", DocumentKinds.CommitteeReport)]
    public void EachSampleIsRecognisedAsItsKind(string file, string kind)
    {
        var metadata = _enricher.Enrich(Extractors.Extract(Sample(file)));
        Assert.Equal(kind, metadata.Kind);
    }

    [Theory]
    [InlineData("thematic-audit-missing-children-rhi-2025-08.pdf")]
    [InlineData("send-wsoa-progress-report-2024-01.pdf")]
    [InlineData("corporate-parenting-panel-sufficiency-2026-01.pdf")]
    public void TheAuthorityNamedOnlyInTheRunningHeaderIsStillTheOrganisation(string file)
    {
        var document = Extractors.Extract(Sample(file));
        Assert.DoesNotContain(document.Blocks, b => b.Text.StartsWith("Harrowden Borough Council |", StringComparison.Ordinal));
        Assert.Equal("Harrowden Borough Council", _enricher.Enrich(document).Organisation);
    }

    [Fact]
    public void TheAuditIsDatedByItsReportDateNotTheSamplePeriodAboveIt()
    {
        var metadata = _enricher.Enrich(Extractors.Extract(Sample("thematic-audit-missing-children-rhi-2025-08.pdf")));
        Assert.Equal(new DateOnly(2025, 8, 29), metadata.DocumentDate);
    }

    [Fact]
    public void TheFocusedVisitLetterYieldsItsThreeRecommendationsAndVisitDates()
    {
        var metadata = _enricher.Enrich(Extractors.Extract(Sample("ofsted-focused-visit-letter-2025-07.pdf")));

        Assert.Equal(VisitKinds.FocusedVisit, metadata.VisitKind);
        Assert.Equal([new DateOnly(2025, 6, 10), new DateOnly(2025, 6, 11)], metadata.VisitDates);
        var findings = metadata.Findings.Where(f => f.Kind == FindingKinds.AreaForImprovement).ToList();
        Assert.Equal(3, findings.Count);
        Assert.Contains("return home interviews", findings[0].Text, StringComparison.OrdinalIgnoreCase);
    }

    private static string Sample(string file) => Path.Combine(RepositoryRoot(), "evidence-samples", file);

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Inspection.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Inspection.sln not found");
    }
}
