using Microsoft.EntityFrameworkCore;
using Inspection.Content.Persistence;
using System.Globalization;
using Inspection.Content.Definitions;
using Inspection.Content.Evidence;
using Inspection.Ingestion.Enrichment;
using Inspection.Readiness.Access;
using Inspection.Readiness.Authority;
using Inspection.Readiness.Coverage;
using Inspection.Readiness.Findings;
using Inspection.Readiness.Frameworks;
using Inspection.Readiness.Themes;
using Inspection.Search;
using Inspection.Search.Analysis;

namespace Inspection.Readiness.Briefing;

/// <summary>
/// Builds a theme's (or a whole framework's) briefing: findings from the tracker, evidence from the theme's saved query,
/// gaps from the coverage service plus the briefing's own checks on impact, data and revisit verdicts. It is about our
/// authority unless another organisation is asked for; what inspectors said of peers (letters kept for comparison) is
/// listed apart, as said elsewhere, and never counted as ours.
/// </summary>
public sealed class VisitBriefingService(
    IFindingTracker tracker,
    AccessPolicy access,
    IEvidenceTypeCatalog types,
    IFrameworkCatalog catalog,
    ICoverageService coverage,
    IThemeEvidence themeEvidence,
    ThemeMatcher matcher,
    ThemeQueryBuilder queries,
    InspectionAnalyzer analyzer,
    OurAuthority authority,
    InspectionDbContext db,
    TimeProvider time) : IVisitBriefingService
{
    private const int EvidencePerKind = 5;

    public Task<VisitBriefing> BuildAsync(string themeId, IReadOnlyCollection<string> allowedClassifications, CancellationToken cancellationToken) =>
        BuildAsync(themeId, null, allowedClassifications, cancellationToken);

    public async Task<VisitBriefing> BuildAsync(string themeId, string? organisation, IReadOnlyCollection<string> allowedClassifications, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(themeId);
        organisation = string.IsNullOrWhiteSpace(organisation) ? null : organisation.Trim();
        ArgumentNullException.ThrowIfNull(allowedClassifications);
        var scope = await ResolveAsync(themeId.Trim().Trim('/'), cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var ours = await authority.ScopeAsync(cancellationToken);
        var filter = organisation is null ? OrganisationFilter.Ours : OrganisationFilter.Parse(organisation);

        var said = await ScopeFindingsAsync(scope, allowedClassifications, cancellationToken);
        var findings = said.Where(f => filter.Includes(f.Organisation, ours)).ToList();
        List<TrackedFinding> elsewhere = organisation is null ? said.Where(f => !ours.IsOurs(f.Organisation)).ToList() : [];
        var actions = findings
            .SelectMany(f => f.Actions)
            .DistinctBy(a => a.ContentItemId, StringComparer.Ordinal)
            .OrderBy(a => a.DueDate is null)
            .ThenBy(a => a.DueDate)
            .ToList();
        // Which kinds each section lists is the types' BriefingSection setting: a type added by recipe can join one.
        var kinds = await types.ListAsync(cancellationToken);
        var audits = await EvidenceAsync(scope, Section(kinds, "Audits"), filter, ours, allowedClassifications, cancellationToken);
        var impact = await EvidenceAsync(scope, Section(kinds, "ImpactStatements"), filter, ours, allowedClassifications, cancellationToken);
        var performance = await EvidenceAsync(scope, Section(kinds, "PerformanceData"), filter, ours, allowedClassifications, cancellationToken);

        var framework = await coverage.GetAsync(scope.Framework.Id, allowedClassifications, cancellationToken);
        var gaps = new List<CoverageGap>();
        foreach (var theme in framework.Themes.Where(t => scope.Theme is null ? t.ParentId is null : string.Equals(t.Id, scope.Theme.Id, StringComparison.Ordinal)))
        {
            // A whole-framework briefing names which judgement area each gap is in.
            gaps.AddRange(scope.Theme is null ? theme.Gaps.Select(g => g with { Reason = $"{theme.Title}: {g.Reason}" }) : theme.Gaps);
        }

        gaps.AddRange(OwnGaps(findings, audits, impact, performance, gaps, DateOnly.FromDateTime(now)));
        var drawnOn = findings.Select(f => f.Finding.ContentItemId)
            .Concat(audits.Concat(impact).Concat(performance).Select(e => e.DocumentId))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var classifications = await db.ContentItems.AsNoTracking()
            .Where(c => c.Latest && drawnOn.Contains(c.ContentItemId))
            .Select(c => c.Classification)
            .Distinct()
            .ToListAsync(cancellationToken);
        var highest = Classifications.All.LastOrDefault(c => classifications.Contains(c)) ?? Classifications.Official;
        return new VisitBriefing(
            scope.Theme?.Id ?? scope.Framework.Id,
            scope.Theme?.Title ?? scope.Framework.Title,
            scope.Theme?.Criteria ?? scope.Framework.Description,
            now,
            findings,
            actions,
            audits,
            impact,
            performance,
            gaps)
        {
            Authority = organisation ?? ours.Authority,
            Elsewhere = elsewhere,
            Classification = highest,
        };
    }

    private async Task<BriefingScope> ResolveAsync(string id, CancellationToken cancellationToken)
    {
        if (await catalog.GetThemeAsync(id, cancellationToken) is { } theme
            && await catalog.GetAsync(theme.FrameworkId, cancellationToken) is { } owner)
        {
            return new BriefingScope(owner, theme);
        }

        if (await catalog.GetAsync(id, cancellationToken) is { } framework)
        {
            return new BriefingScope(framework, null);
        }

        throw ReadinessException.NotFound("theme", id);
    }

    private async Task<IReadOnlyList<TrackedFinding>> ScopeFindingsAsync(BriefingScope scope, IReadOnlyCollection<string> allowed, CancellationToken cancellationToken)
    {
        // What the reader may see of each finding (its history and actions too) is decided by the access policy alone.
        var all = await access.FindingsAsync(allowed, await tracker.ListAsync(null, cancellationToken), cancellationToken);

        var inFramework = all.Where(f => FindingFrameworks.Applies(f.Finding.VisitKind, f.Finding.VisitDate, scope.Framework.Id)).ToList();
        var chosen = scope.Theme is null ? inFramework : About(scope.Framework, scope.Theme, inFramework, allowed);

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

    // The matters about a theme, as coverage decides them: a matter (any finding in its chain) that the theme's saved
    // query, with its sub-themes', matches. Letters do not say which judgement area a finding is under, so a judgement
    // area also takes the matters no area of its framework matches: nothing inspectors said is left out of every area.
    private List<TrackedFinding> About(FrameworkDefinition framework, ThemeDefinition theme, List<TrackedFinding> findings, IReadOnlyCollection<string> allowed) =>
        matcher.Read(snapshot =>
        {
            using var index = new FindingIndex(snapshot.Searcher, [.. findings.Select(f => (IReadOnlyList<Finding>)[.. f.History.Prepend(f.Finding)])], analyzer);
            IReadOnlySet<int> Matching(ThemeDefinition of) =>
                queries.Compile(ThemeMatcher.Family(framework, of), allowed) is { } compiled ? index.Matching(compiled.Query) : new HashSet<int>();

            var about = Matching(theme).ToHashSet();
            if (theme.ParentId is null)
            {
                var claimed = framework.Themes.Where(t => t.ParentId is null).SelectMany(Matching).ToHashSet();
                about.UnionWith(Enumerable.Range(0, findings.Count).Where(i => !claimed.Contains(i)));
            }

            return findings.Where((_, i) => about.Contains(i)).ToList();
        });

    private static List<string> Section(IReadOnlyList<EvidenceType> kinds, string section) =>
        [.. kinds.Where(k => string.Equals(k.BriefingSection, section, StringComparison.Ordinal)).Select(k => k.Name)];

    private async Task<List<BriefingEvidence>> EvidenceAsync(
        BriefingScope scope,
        List<string> kinds,
        OrganisationFilter filter,
        AuthorityScope ours,
        IReadOnlyCollection<string> allowed,
        CancellationToken cancellationToken)
    {
        var hits = new List<SearchHit>();
        foreach (var kind in kinds)
        {
            hits.AddRange(await EvidenceOfKindAsync(scope, kind, allowed, cancellationToken));
        }

        return [.. hits
            .Where(h => filter.Includes(h.Organisation, ours))
            .DistinctBy(h => h.DocumentId, StringComparer.Ordinal)
            .OrderByDescending(h => h.Date)
            .Take(EvidencePerKind)
            .Select(h => new BriefingEvidence(h.DocumentId, h.Title, h.Kind, h.Date, h.SourceFile, h.PageFrom, h.PageTo, h.PassageId, h.SnippetText))];
    }

    private async Task<List<SearchHit>> EvidenceOfKindAsync(BriefingScope scope, string kind, IReadOnlyCollection<string> allowed, CancellationToken cancellationToken)
    {
        // Organisations are compared after the search (names are written several ways), so ask for more than are shown.
        var request = new SearchRequest
        {
            Type = kind,
            AllowedClassifications = allowed,
            GroupByDocument = true,
            Top = EvidencePerKind * 4,
            Sort = SearchSort.Newest,
        };
        var themeIds = scope.Theme is null
            ? scope.Framework.Themes.Where(t => t.ParentId is null).Select(t => t.Id)
            : [scope.Theme.Id];
        var hits = new List<SearchHit>();
        foreach (var id in themeIds)
        {
            if (await themeEvidence.EvidenceForAsync(id, request, cancellationToken) is { } results)
            {
                hits.AddRange(results.Hits);
            }
        }

        return hits;
    }

    private static IEnumerable<CoverageGap> OwnGaps(
        IReadOnlyList<TrackedFinding> findings,
        List<BriefingEvidence> audits,
        List<BriefingEvidence> impact,
        List<BriefingEvidence> performance,
        List<CoverageGap> fromCoverage,
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
            && f.Finding.Kind is not (FindingKinds.Strength or FindingKinds.ProgressVerdict)
            && string.Equals(f.Status, FindingStatuses.Open, StringComparison.Ordinal));
        if (withoutActions > 0 && !fromCoverage.Any(g => string.Equals(g.Code, GapCodes.OpenFindingWithoutAction, StringComparison.Ordinal)))
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

    private sealed record BriefingScope(FrameworkDefinition Framework, ThemeDefinition? Theme);
}
