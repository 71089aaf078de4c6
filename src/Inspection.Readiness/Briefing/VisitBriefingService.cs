using System.Globalization;
using Inspection.Content.Evidence;
using Inspection.Content.Persistence;
using Inspection.Ingestion.Enrichment;
using Inspection.Readiness.Coverage;
using Inspection.Readiness.Findings;
using Inspection.Readiness.Frameworks;
using Inspection.Search;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Readiness.Briefing;

/// <summary>
/// Builds a theme's briefing from the findings tracker and the search index (the theme's key phrases as a query, filtered by
/// kind of evidence). Catalog and coverage are optional services: without them the built-in framework areas and the
/// briefing's own gap checks are used.
/// </summary>
public sealed class VisitBriefingService(
    IFindingTracker tracker,
    SearchService search,
    InspectionDbContext db,
    IEnumerable<IFrameworkCatalog> catalogs,
    IEnumerable<ICoverageService> coverageServices,
    TimeProvider time) : IVisitBriefingService
{
    private const int EvidencePerKind = 5;

    private static readonly string[] SendVisitKinds = [VisitKinds.AreaSendInspection, VisitKinds.SendRevisit];
    private static readonly string[] IlacsVisitKinds =
        [VisitKinds.FullInspection, VisitKinds.ShortInspection, VisitKinds.FocusedVisit, VisitKinds.MonitoringVisit, VisitKinds.Jtai];

    public async Task<VisitBriefing> BuildAsync(string themeId, IReadOnlyCollection<string> allowedClassifications, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(themeId);
        ArgumentNullException.ThrowIfNull(allowedClassifications);
        var (theme, fromCatalog) = await ResolveThemeAsync(themeId.Trim(), cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;

        var findings = await ThemeFindingsAsync(theme, allowedClassifications, cancellationToken);
        var actions = findings
            .SelectMany(f => f.Actions)
            .DistinctBy(a => a.ContentItemId, StringComparer.Ordinal)
            .OrderBy(a => a.DueDate is null)
            .ThenBy(a => a.DueDate)
            .ToList();
        var query = QueryOf(theme);
        var audits = Evidence(query, "Audit", allowedClassifications);
        var impact = Evidence(query, "ImpactStatement", allowedClassifications);
        var performance = Evidence(query, "PerformanceData", allowedClassifications);

        var gaps = new List<CoverageGap>();
        var coverage = coverageServices.FirstOrDefault();
        if (fromCatalog && coverage is not null)
        {
            var framework = await coverage.GetAsync(theme.FrameworkId, allowedClassifications, cancellationToken);
            gaps.AddRange(framework.Themes.FirstOrDefault(t => string.Equals(t.Id, theme.Id, StringComparison.Ordinal))?.Gaps ?? []);
        }

        gaps.AddRange(OwnGaps(findings, audits, impact, performance, DateOnly.FromDateTime(now)));
        return new VisitBriefing(
            theme.Id,
            theme.Title,
            theme.Criteria,
            now,
            findings,
            actions,
            audits,
            impact,
            performance,
            [.. gaps.DistinctBy(g => g.Code, StringComparer.Ordinal)]);
    }

    private async Task<(ThemeDefinition Theme, bool FromCatalog)> ResolveThemeAsync(string themeId, CancellationToken cancellationToken)
    {
        foreach (var catalog in catalogs)
        {
            if (await catalog.GetThemeAsync(themeId, cancellationToken) is { } theme)
            {
                return (theme, true);
            }

            // A framework id asks for the whole framework: all its themes' phrases as one.
            if (await catalog.GetAsync(themeId, cancellationToken) is { } framework)
            {
                return (new ThemeDefinition(
                    framework.Id, framework.Id, null, framework.Title, framework.Description,
                    [.. framework.Themes.SelectMany(t => t.KeyPhrases).DistinctBy(p => p.Text, StringComparer.OrdinalIgnoreCase)], null), true);
            }
        }

        return (FallbackThemes.Find(themeId) ?? throw ReadinessException.NotFound("theme", themeId), false);
    }

    private async Task<IReadOnlyList<TrackedFinding>> ThemeFindingsAsync(ThemeDefinition theme, IReadOnlyCollection<string> allowed, CancellationToken cancellationToken)
    {
        var all = await tracker.ListAsync(null, cancellationToken);
        var documentIds = all.Select(f => f.Finding.ContentItemId).Distinct(StringComparer.Ordinal).ToList();
        var visible = (await db.ContentItems.AsNoTracking()
                .Where(c => c.Latest && !c.Deleted && documentIds.Contains(c.ContentItemId))
                .Select(c => new { c.ContentItemId, c.Classification })
                .ToListAsync(cancellationToken))
            .Where(c => allowed.Contains(c.Classification ?? Classifications.Official, StringComparer.Ordinal))
            .Select(c => c.ContentItemId)
            .ToHashSet(StringComparer.Ordinal);

        var familyKinds = theme.FrameworkId.StartsWith("send", StringComparison.Ordinal) ? SendVisitKinds
            : theme.FrameworkId.StartsWith("ilacs", StringComparison.Ordinal) ? IlacsVisitKinds
            : [];
        var phrases = theme.KeyPhrases.Select(p => MatterSimilarity.Terms(p.Text)).Where(t => t.Count > 0).ToList();
        var chosen = all
            .Where(f => visible.Contains(f.Finding.ContentItemId))
            .Where(f => familyKinds.Contains(f.Finding.VisitKind, StringComparer.Ordinal) || MatchesAnyPhrase(f.Finding.Text, phrases))
            .ToList();

        // Each matter together, in the order its first letter stated it: the weakness, then the revisit's verdict on it,
        // then later letters. The tracker lists oldest visit first and in document order, so its positions give that order.
        var position = all.Select((f, i) => (f.Finding.FindingId, i)).ToDictionary(x => x.FindingId, x => x.i, StringComparer.Ordinal);
        return [.. chosen
            .Select(f => (Finding: f, Root: position.GetValueOrDefault(ChainRoot(f).FindingId, int.MaxValue), Own: position[f.Finding.FindingId]))
            .OrderBy(x => x.Root)
            .ThenBy(x => x.Own)
            .Select(x => x.Finding)];
    }

    private static Finding ChainRoot(TrackedFinding tracked) =>
        tracked.History.FirstOrDefault(h => h.VisitDate < tracked.Finding.VisitDate) ?? tracked.Finding;

    private static bool MatchesAnyPhrase(string text, List<IReadOnlyDictionary<string, int>> phrases)
    {
        var terms = MatterSimilarity.Terms(text);
        return phrases.Any(p => p.Keys.All(terms.ContainsKey));
    }

    private static string QueryOf(ThemeDefinition theme)
    {
        if (!string.IsNullOrWhiteSpace(theme.Query))
        {
            return theme.Query;
        }

        return string.Join(" OR ", theme.KeyPhrases
            .Select(p => p.Text.Replace("\"", "", StringComparison.Ordinal).Trim())
            .Where(p => p.Length > 0)
            .Select(p => p.Contains(' ', StringComparison.Ordinal) ? $"\"{p}\"" : p));
    }

    private List<BriefingEvidence> Evidence(string query, string kind, IReadOnlyCollection<string> allowed)
    {
        var results = search.Search(new SearchRequest
        {
            Query = query,
            Type = kind,
            AllowedClassifications = allowed,
            GroupByDocument = true,
            Top = EvidencePerKind,
            Sort = SearchSort.Newest,
        });
        return [.. results.Hits.Select(h => new BriefingEvidence(
            h.DocumentId, h.Title, h.Kind, h.Date, h.SourceFile, h.PageFrom, h.PageTo, h.PassageId, h.SnippetText))];
    }

    private static IEnumerable<CoverageGap> OwnGaps(
        IReadOnlyList<TrackedFinding> findings,
        List<BriefingEvidence> audits,
        List<BriefingEvidence> impact,
        List<BriefingEvidence> performance,
        DateOnly today)
    {
        if (!audits.Any(a => a.Date is { } date && date >= today.AddMonths(-12)))
        {
            yield return new CoverageGap(BriefingGapCodes.NoRecentAudit, "No audit on this theme in the last 12 months: inspectors will ask how leaders know the quality of practice.");
        }

        if (impact.Count == 0)
        {
            yield return new CoverageGap(BriefingGapCodes.NoImpactStatement, "No impact statement on this theme: activity is held, but not what difference it made for children.");
        }

        if (performance.Count == 0)
        {
            yield return new CoverageGap(BriefingGapCodes.NoPerformanceData, "No performance data on this theme.");
        }

        var withoutActions = findings.Count(f =>
            f.Actions.Count == 0
            && !string.Equals(f.Finding.Kind, FindingKinds.Strength, StringComparison.Ordinal)
            && !string.Equals(f.Finding.Kind, FindingKinds.ProgressVerdict, StringComparison.Ordinal)
            && string.Equals(f.Status, FindingStatuses.Open, StringComparison.Ordinal));
        if (withoutActions > 0)
        {
            yield return new CoverageGap(BriefingGapCodes.FindingsWithoutActions, withoutActions == 1
                ? "1 finding is open with no action linked to it."
                : $"{withoutActions.ToString(CultureInfo.InvariantCulture)} findings are open with no action linked to them.");
        }

        var insufficient = findings.Count(f =>
            string.Equals(f.Finding.Verdict, ProgressVerdicts.Insufficient, StringComparison.Ordinal)
            && f.Status is FindingStatuses.Open or FindingStatuses.InProgress);
        if (insufficient > 0)
        {
            yield return new CoverageGap(BriefingGapCodes.InsufficientProgress, insufficient == 1
                ? "1 revisit verdict found insufficient progress and no evidence of impact is linked since."
                : $"{insufficient.ToString(CultureInfo.InvariantCulture)} revisit verdicts found insufficient progress and no evidence of impact is linked since.");
        }
    }
}
