using Inspection.Search.Indexing;
using Inspection.Search.Query;
using Inspection.Search.Results;
using Inspection.Search.Tests.Corpus;
using Lucene.Net.Search;

namespace Inspection.Search.Tests.Results;

/// <summary>The relevance collector must order hits exactly as Lucene's field sort (score, then newest, then index order).</summary>
[Collection(CorpusGroup.Name)]
public sealed class RelevanceCollectorTests(CorpusIndex corpus)
{
    [Theory]
    [InlineData("sufficient progress", 10)]
    [InlineData("children", 1)]
    [InlineData("children", 25)]
    [InlineData("\"local area\" OR EHCP OR inspection", 50)]
    [InlineData("council", 20)]
    [InlineData("type:CommitteeReport", 30)]
    public void OrdersAndCountsHitsAsTheFieldSortDoes(string query, int size)
    {
        var compiled = new QueryCompiler(corpus.Analyzer, corpus.Glossary.Current).Compile(SearchQueryParser.Parse(query), CorpusDocuments.Everyone);
        var sort = new Sort(SortField.FIELD_SCORE, new SortField(PassageFields.DateNumber, SortFieldType.INT32, true));

        var (expected, expectedTotal, actual, actualTotal) = corpus.Index.Read(searcher =>
        {
            var reference = TopFieldCollector.Create(sort, size, true, true, false, false);
            searcher.Search(compiled.Query, reference);
            var top = reference.GetTopDocs();
            var collector = new RelevanceCollector(size);
            searcher.Search(compiled.Query, collector);
            return (top.ScoreDocs.Select(d => (d.Doc, d.Score)).ToList(), top.TotalHits, collector.TopDocs().Select(d => (d.Doc, d.Score)).ToList(), collector.TotalHits);
        });

        Assert.True(expectedTotal > size || query.StartsWith("sufficient", StringComparison.Ordinal), "the query should match more passages than are kept");
        Assert.Equal(expectedTotal, actualTotal);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void AmongEquallyScoredPassagesTheNewestComesFirst()
    {
        // A filter alone scores every passage the same, so only the dates order them.
        var compiled = new QueryCompiler(corpus.Analyzer, corpus.Glossary.Current).Compile(SearchQueryParser.Parse("type:CommitteeReport"), CorpusDocuments.Everyone);

        var dates = corpus.Index.Read(searcher =>
        {
            var collector = new RelevanceCollector(1000);
            searcher.Search(compiled.Query, collector);
            return collector.TopDocs().Select(d => searcher.Doc(d.Doc).Get(PassageFields.Date, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        });

        Assert.True(dates.Count > 20, "committee reports make many passages");
        Assert.Equal(dates.OrderByDescending(d => d, StringComparer.Ordinal), dates);
        Assert.True(dates.Distinct(StringComparer.Ordinal).Count() > 1, "the corpus has committee reports of several dates");
    }
}
