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
    public void ASearchAskingForEstimatesCountsExactlyWhenHitsAreFewerThanTheSample()
    {
        var request = new SearchRequest { Query = "children", AllowedClassifications = Classifications.All, Facets = true, Top = 10 };

        var exact = corpus.Service.Search(request);
        var estimated = Sampling(10_000_000).Search(request with { EstimateFacets = true });

        Assert.False(estimated.Facets!.Estimated);
        Assert.Equal(exact.Total, estimated.Total);
        Assert.False(estimated.TotalIsLowerBound);
        Assert.Equal(exact.Facets!.Kinds, estimated.Facets.Kinds);
        Assert.Equal(exact.Facets.Years, estimated.Facets.Years);
        Assert.Equal(exact.Hits.Select(h => h.PassageId), estimated.Hits.Select(h => h.PassageId));
    }

    [Fact]
    public void ASearchWithMoreHitsThanTheSampleSaysItsFacetsAreAboutSoManyAndKeepsItsHits()
    {
        var request = new SearchRequest { Query = "children", AllowedClassifications = Classifications.All, Facets = true, Top = 10 };

        var exact = corpus.Service.Search(request);
        var estimated = Sampling(1_000).Search(request with { EstimateFacets = true });

        Assert.True(estimated.Facets!.Estimated);
        Assert.NotNull(estimated.EstimatedTotal);
        Assert.Equal(exact.Hits.Select(h => h.PassageId), estimated.Hits.Select(h => h.PassageId));
        Assert.Subset(exact.Facets!.Kinds.Select(k => k.Value).ToHashSet(StringComparer.Ordinal), estimated.Facets.Kinds.Select(k => k.Value).ToHashSet(StringComparer.Ordinal));
    }

    // The search page's setting, Search:FacetSampleHits, on the shared corpus index.
    private SearchService Sampling(int sampleHits) => new(
        corpus.Index,
        corpus.Glossary,
        corpus.Analyzer,
        Microsoft.Extensions.Options.Options.Create(new SearchOptions { IndexDirectory = corpus.Index.IndexDirectory, MaxTop = 1000, FacetSampleHits = sampleHits }));
}
