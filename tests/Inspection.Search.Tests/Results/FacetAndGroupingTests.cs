using System.Globalization;
using Inspection.Search.Tests.Corpus;

namespace Inspection.Search.Tests.Results;

[Collection(CorpusGroup.Name)]
public sealed class FacetAndGroupingTests(CorpusIndex corpus)
{
    [Theory]
    [InlineData("SEND")]
    [InlineData("children in care")]
    [InlineData("audit OR complaints")]
    public void FacetCountsOnAPageEqualCountsOfAFullScanOfHits(string query)
    {
        var request = new SearchRequest { Query = query, AllowedClassifications = CorpusDocuments.WithoutPersonal, Facets = true, Top = 3 };

        var page = corpus.Service.Search(request);
        var all = corpus.Service.Search(request with { Top = 1000, Facets = false });

        Assert.Equal(3, page.Hits.Count);
        Assert.Equal(all.Total, all.Hits.Count);
        Assert.Equal(Count(all.Hits.Select(h => h.Kind)), AsDictionary(page.Facets!.Kinds));
        Assert.Equal(Count(all.Hits.Select(h => h.Date!.Value.Year.ToString(CultureInfo.InvariantCulture))), AsDictionary(page.Facets.Years));
        Assert.Equal(Count(all.Hits.Select(h => h.Organisation!)), AsDictionary(page.Facets.Organisations));
        var themes = CorpusDocuments.All.ToDictionary(d => d.DocumentId, d => d.Themes);
        Assert.Equal(Count(all.Hits.SelectMany(h => themes[h.DocumentId])), AsDictionary(page.Facets.Themes));
    }

    [Fact]
    public void GroupingGivesEachDocumentsBestPassageAndItsCountOfMatches()
    {
        var request = new SearchRequest { Query = "EHCP", AllowedClassifications = CorpusDocuments.Everyone, Top = 1000 };

        var passages = corpus.Service.Search(request);
        var grouped = corpus.Service.Search(request with { GroupByDocument = true });

        var perDocument = passages.Hits.GroupBy(h => h.DocumentId).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(perDocument.Count, grouped.Total);
        Assert.Equal(perDocument.Count, grouped.Hits.Count);
        Assert.All(grouped.Hits, h => Assert.Equal(perDocument[h.DocumentId], h.MatchingPassages));
        Assert.All(grouped.Hits, h => Assert.Equal(passages.Hits.First(p => p.DocumentId == h.DocumentId).PassageId, h.PassageId));
        Assert.Equal(grouped.Hits.OrderByDescending(h => h.Score).Select(h => h.DocumentId), grouped.Hits.Select(h => h.DocumentId));
    }

    [Fact]
    public void GroupedResultsPageByDocument()
    {
        var request = new SearchRequest { Query = "children", AllowedClassifications = CorpusDocuments.Everyone, GroupByDocument = true, Top = 100 };

        var all = corpus.Service.Search(request);
        var second = corpus.Service.Search(request with { Skip = 1, Top = 2 });

        Assert.Equal(all.Hits.Skip(1).Take(2).Select(h => h.PassageId), second.Hits.Select(h => h.PassageId));
        Assert.Equal(all.Total, second.Total);
        Assert.Equal(CorpusDocuments.All.Count, all.Total);
    }

    [Fact]
    public void HitsCarryTheirLocationAndAHighlightedSnippetOfAboutThirtyFiveWords()
    {
        var results = corpus.Search("permanent exclusions persistent disruptive behaviour");

        var top = results.Hits[0];
        Assert.Equal(CorpusDocuments.LeadMember, top.DocumentId);
        Assert.Equal("medway-lead-member-childrens-services-2022.pdf", top.SourceFile);
        Assert.InRange(top.PageFrom, 1, 12);
        Assert.Equal(new DateOnly(2022, 3, 3), top.Date);
        Assert.Contains("<mark>persistent</mark> <mark>disruptive</mark> <mark>behaviour</mark>", top.Snippet, StringComparison.Ordinal);
        Assert.InRange(top.SnippetText.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length, 20, 60);
    }

    private static Dictionary<string, int> Count(IEnumerable<string> values) =>
        values.GroupBy(v => v, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    private static Dictionary<string, int> AsDictionary(IReadOnlyList<FacetCount> facets) =>
        facets.ToDictionary(f => f.Value, f => f.Count, StringComparer.Ordinal);
}
