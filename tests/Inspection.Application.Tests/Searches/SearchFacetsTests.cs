using System.Globalization;
using System.Text.Json.Nodes;
using Inspection.Application.Searches;
using Inspection.Content.Audit;
using Inspection.Content.Evidence;
using Inspection.Content.Model;
using Inspection.Readiness.Access;
using Inspection.Search;
using Inspection.Search.Indexing;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Application.Tests.Searches;

/// <summary>
/// The search page's counts, asked after its hits: the same search trimmed the same way, so a passage the caller may not
/// see is in no count, and counting shows no document, so nothing is audited.
/// </summary>
public sealed class SearchFacetsTests
{
    private const string Hidden = "Wrenfield Secure Unit";

    [Fact]
    public async Task CountsOfRestrictedEvidenceNeverReachACallerWhoCannotSeeIt()
    {
        await using var store = await ApplicationStore.CreateAsync();
        await store.InScopeAsync(async sp =>
        {
            var evidence = sp.GetRequiredService<IEvidenceStore>();
            for (var n = 0; n < 6; n++)
            {
                await CreateAsync(evidence, n, n < 4 ? ("Audit", "Harbourside Council", Classifications.Official) : ("Minutes", Hidden, Classifications.OfficialSensitive));
            }

            return await sp.GetRequiredService<OutboxIndexer>().CatchUpAsync(CancellationToken.None);
        });

        var viewer = Caller.Operator("viewer", [Classifications.Official]);
        var lead = Caller.Operator("lead", [Classifications.Official, Classifications.OfficialSensitive]);
        var request = new SearchRequest { Query = "wombat placement", Top = 20, EstimateFacets = true };

        var seen = await FacetsAsync(store, request, viewer);
        Assert.Empty(seen.Hits);
        Assert.Equal(4 * 3, seen.Total);
        Assert.Equal([("Audit", 12)], Counts(seen.Facets!.Kinds));
        Assert.Equal([("Harbourside Council", 12)], Counts(seen.Facets.Organisations));

        // The lead may see the minutes: their counts appear, and agree with the hits the lead's own search shows.
        var all = await FacetsAsync(store, request, lead);
        Assert.Equal([("Audit", 12), ("Minutes", 6)], Counts(all.Facets!.Kinds).OrderBy(c => c.Item1, StringComparer.Ordinal));
        Assert.Contains((Hidden, 6), Counts(all.Facets.Organisations));
        var hits = await store.InScopeAsync(sp => sp.GetRequiredService<EvidenceSearch>().SearchAsync(request with { Facets = true }, lead, CancellationToken.None));
        Assert.Equal(Counts(hits.Facets!.Kinds), Counts(all.Facets.Kinds));

        // A kind typed in the query does not reopen what trimming closed.
        var typed = await FacetsAsync(store, request with { Query = "wombat type:minutes" }, viewer);
        Assert.Equal(0, typed.Total);
        Assert.DoesNotContain(typed.Facets?.Organisations ?? [], f => f.Value == Hidden);

        // Counting showed the lead no document: the restricted minutes are audited only when their hits are shown.
        var audit = await store.InScopeAsync(sp => sp.GetRequiredService<IAuditLog>().ListAsync(null, 1000, CancellationToken.None));
        Assert.Equal(2, audit.Count(a => a.Action == AccessPolicy.SearchHitAudit && a.UserName == "lead"));
    }

    private static Task<SearchResults> FacetsAsync(ApplicationStore store, SearchRequest request, Caller caller) =>
        store.InScopeAsync(sp => sp.GetRequiredService<EvidenceSearch>().FacetsAsync(request, caller, CancellationToken.None));

    private static List<(string, int)> Counts(IReadOnlyList<FacetCount> facets) => [.. facets.Select(f => (f.Value, f.Count))];

    private static async Task CreateAsync(IEvidenceStore evidence, int n, (string Kind, string Organisation, string Classification) filed)
    {
        var item = new ContentItem { ContentType = filed.Kind, DisplayText = $"Report {n}", Owner = "tester", Author = "tester" };
        item.Content["TitlePart"] = new JsonObject { ["Title"] = item.DisplayText };
        EvidencePart.SetDate(item, EvidencePart.DocumentDate, new DateOnly(2025, 1 + n, 1));
        EvidencePart.SetText(item, EvidencePart.Classification, filed.Classification);
        EvidencePart.SetText(item, EvidencePart.Organisation, filed.Organisation);
        var passages = Enumerable.Range(0, 3)
            .Select(p => new Passage("", "", "", p, "Findings", p + 1, p + 1, string.Create(CultureInfo.InvariantCulture, $"Report {n} part {p}: the wombat panel reviewed placement sufficiency for children in care.")))
            .ToList();
        await evidence.CreateEvidenceAsync(item, passages, [], CancellationToken.None);
    }
}
