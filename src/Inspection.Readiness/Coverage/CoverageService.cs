using System.Globalization;
using Inspection.Content.Definitions;
using Inspection.Readiness.Authority;
using Inspection.Readiness.Frameworks;
using Inspection.Readiness.Themes;
using Inspection.Search.Analysis;
using Microsoft.Extensions.Options;

namespace Inspection.Readiness.Coverage;

/// <summary>
/// Coverage of a framework's themes from the themes' saved queries: counts, kinds, latest evidence and gap flags.
/// All themes are counted in one read of the index, from per-reader doc value arrays and cached theme matches.
/// </summary>
public sealed class CoverageService(
    IFrameworkCatalog catalog,
    ThemeMatcher matcher,
    ThemeQueryBuilder queries,
    InspectionAnalyzer analyzer,
    OpenFindingReader findings,
    IEvidenceTypeCatalog types,
    OurAuthority authority,
    IOptions<ReadinessOptions> options,
    TimeProvider time) : ICoverageService
{
    public async Task<FrameworkCoverage> GetAsync(string frameworkId, IReadOnlyCollection<string> allowedClassifications, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(frameworkId);
        ArgumentNullException.ThrowIfNull(allowedClassifications);
        var framework = await catalog.GetAsync(frameworkId, cancellationToken).ConfigureAwait(false);
        if (framework is null)
        {
            var known = (await catalog.ListAsync(cancellationToken).ConfigureAwait(false)).Select(f => f.Id);
            throw new KeyNotFoundException($"unknown framework '{frameworkId}'; known frameworks: {string.Join(", ", known)}");
        }

        var kinds = (await types.ListAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(t => t.Name, StringComparer.Ordinal);
        var open = (await findings.ListAsync(allowedClassifications, cancellationToken).ConfigureAwait(false))
            .Where(f => FindingFrameworks.Applies(f.Finding.VisitKind, f.Finding.VisitDate, framework.Id))
            .ToList();
        // Peers' evidence kept for comparison is not ours: it neither covers a theme nor makes a gap of ours.
        var peers = await authority.PeerDocumentsAsync(await authority.ScopeAsync(cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var months = options.Value.StaleAfterMonths;
        var staleBefore = today.AddMonths(-months);
        var themes = matcher.Read(snapshot =>
        {
            using var findingIndex = new FindingIndex(snapshot.Searcher, open, analyzer);
            var counter = new ThemeCounter(snapshot.Facts, peers);
            return framework.Themes
                .Select(theme =>
                {
                    var matches = snapshot.Match(framework, theme.Id, allowedClassifications);
                    var counts = counter.Count(matches);
                    var about = open.Count == 0 || queries.Compile(ThemeMatcher.Family(framework, theme), allowedClassifications) is not { } compiled
                        ? []
                        : findingIndex.Matching(compiled.Query).Order().Select(i => open[i]).ToList();
                    var gaps = Gaps(theme, counts, staleBefore, months, about, kinds);
                    return new ThemeCoverage(theme.Id, theme.Title, theme.ParentId, counts.Passages, counts.Documents, counts.Latest, counts.ByKind, gaps);
                })
                .ToList();
        });
        return new FrameworkCoverage(framework.Id, framework.Title, themes);
    }

    private static List<CoverageGap> Gaps(
        ThemeDefinition theme,
        ThemeCounts counts,
        DateOnly staleBefore,
        int months,
        List<OpenFinding> about,
        Dictionary<string, EvidenceType> kinds)
    {
        var gaps = new List<CoverageGap>();
        if (counts.Passages == 0)
        {
            gaps.Add(new CoverageGap(GapCodes.NoEvidence, $"Nothing held speaks to {Lower(theme.Title)}: add the audits, performance data or letters that show practice here."));
        }
        else
        {
            if (counts.Latest is null)
            {
                gaps.Add(new CoverageGap(GapCodes.Stale, "None of the evidence for this theme is dated, so it cannot show current practice: set the document dates."));
            }
            else if (counts.Latest < staleBefore)
            {
                gaps.Add(new CoverageGap(GapCodes.Stale, string.Create(CultureInfo.InvariantCulture,
                    $"The latest evidence is from {counts.Latest:d MMMM yyyy}, more than {months} months ago: inspectors will ask what practice is like now.")));
            }

            // The authority's own account alone (a self-evaluation, committee reports): nothing yet tests it.
            if (counts.ByKind.Keys.All(k => kinds.TryGetValue(k, out var type) && type.OwnAccount))
            {
                var held = string.Join(", ", counts.ByKind.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => Count(k.Value, kinds[k.Key])));
                gaps.Add(new CoverageGap(GapCodes.SelfAssessmentOnly,
                    $"The evidence is only the authority's own account ({held}): add an audit, performance data or an inspection letter that tests it."));
            }
        }

        AddFindingGap(gaps, about.Where(f => !f.HasAction).ToList(), GapCodes.OpenFindingWithoutAction, "no linked action in the improvement plan");
        AddFindingGap(gaps, about.Where(f => !f.HasImpact).ToList(), GapCodes.OpenFindingWithoutImpact, "no evidence of impact since the visit");
        return gaps;
    }

    private static void AddFindingGap(List<CoverageGap> gaps, List<OpenFinding> findings, string code, string what)
    {
        if (findings.Count == 0)
        {
            return;
        }

        var first = findings.OrderBy(f => f.Finding.VisitDate).First().Finding;
        var text = first.Text.Length <= 80 ? first.Text : string.Concat(first.Text.AsSpan(0, 79), "…");
        var visit = first.VisitDate is { } date ? string.Create(CultureInfo.InvariantCulture, $" (visit of {date:d MMMM yyyy})") : "";
        var count = findings.Count == 1 ? "1 open finding has" : string.Create(CultureInfo.InvariantCulture, $"{findings.Count} open findings have");
        gaps.Add(new CoverageGap(code, $"{count} {what}, e.g. \"{text}\"{visit}."));
    }

    private static string Lower(string title) => title.Length > 1 && char.IsUpper(title[0]) && !char.IsUpper(title[1])
        ? char.ToLowerInvariant(title[0]) + title[1..]
        : title;

    private static string Count(int count, EvidenceType type) => count == 1
        ? $"1 {Lower(type.DisplayName)}"
        : string.Create(CultureInfo.InvariantCulture, $"{count} {Lower(type.PluralName)}");
}
