using Inspection.Content.Evidence;
using Inspection.Search.Pruning;
using Inspection.Search.Query;
using Inspection.Search.Results;

namespace Inspection.Search.Tests.Pruning;

/// <summary>Facets counted from a sample of the hits (the search page's "about") stay close to exact counts, and say they are estimates.</summary>
public sealed class FacetSampleTests(RecombinedCorpusIndex corpus) : IClassFixture<RecombinedCorpusIndex>
{
    [Theory]
    [InlineData("children")]
    [InlineData("council OR inspection")]
    public void CountsFromEveryFewBlocksAreWithinAQuarterOfExactCounts(string query)
    {
        var (exact, estimated, stride) = corpus.Index.Read(searcher =>
        {
            var weight = PrunedSearch.WeightOf(searcher, PrunedSearchTests.Compile(searcher, query), corpus.Index.BlockMaxima, new ReaderTerms(searcher.IndexReader));
            var (all, _) = FacetSample.Count(searcher, weight, sample: false);
            // A document's passages lie together, so a sample of a few hundred documents' blocks: the 1M index samples thousands.
            var (sample, stride) = FacetSample.Count(searcher, weight, sampledHits: 2000);
            return (all.ToFacets(), sample.ToFacets(stride), stride);
        });

        Assert.InRange(stride, 2, 64);
        Assert.False(exact.Estimated);
        Assert.True(estimated.Estimated);
        Assert.Equal(exact.Kinds.Select(k => k.Value).Order(StringComparer.Ordinal), estimated.Kinds.Select(k => k.Value).Order(StringComparer.Ordinal));
        foreach (var kind in exact.Kinds)
        {
            var about = estimated.Kinds.Single(k => k.Value == kind.Value).Count;
            Assert.InRange(about, kind.Count * 0.75, kind.Count * 1.25);
        }
    }

    [Fact]
    public void ASearchAskingForEstimatesCountsExactlyWhenHitsAreFew()
    {
        var request = new SearchRequest { Query = "children", AllowedClassifications = Classifications.All, Facets = true, Top = 10 };

        var exact = corpus.Service.Search(request);
        var estimated = corpus.Service.Search(request with { EstimateFacets = true });

        Assert.False(estimated.Facets!.Estimated);
        Assert.Equal(exact.Total, estimated.Total);
        Assert.False(estimated.TotalIsLowerBound);
        Assert.Equal(exact.Facets!.Kinds, estimated.Facets.Kinds);
        Assert.Equal(exact.Facets.Years, estimated.Facets.Years);
        Assert.Equal(exact.Hits.Select(h => h.PassageId), estimated.Hits.Select(h => h.PassageId));
    }
}
