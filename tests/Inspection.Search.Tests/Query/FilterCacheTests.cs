using System.Globalization;
using Inspection.Search.Query;
using Inspection.Search.Results;
using Inspection.Search.Tests.Corpus;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Inspection.Search.Tests.Query;

/// <summary>Filters and the security clause matched from passages kept per segment: the same hits and scores, sets reused, deletions still honoured.</summary>
[Collection(CorpusGroup.Name)]
public sealed class FilterCacheTests(CorpusIndex corpus)
{
    [Theory]
    [InlineData("progress type:CommitteeReport", false)]
    [InlineData("children after:2021-01-01", false)]
    [InlineData("children before:2021-01-01 after:2019-06-01", false)]
    [InlineData("neglect organisation:Medway", false)]
    [InlineData("\"local area\" type:CommitteeReport after:2019-01-01", true)]
    [InlineData("safeguarding", true)]
    public void HitsAndScoresAreTheSameWithAndWithoutKeptFilters(string query, bool withoutPersonal)
    {
        var parsed = SearchQueryParser.Parse(query);
        var allowed = withoutPersonal ? CorpusDocuments.WithoutPersonal : CorpusDocuments.Everyone;
        var cache = new FilterCache();

        var (plain, kept, again) = corpus.Index.Read(searcher =>
        {
            List<(int Doc, float Score)> Top(Lucene.Net.Search.Query q)
            {
                var collector = new RelevanceCollector(1000);
                searcher.Search(q, collector);
                return [.. collector.TopDocs().Select(d => (d.Doc, d.Score))];
            }

            var without = new QueryCompiler(corpus.Analyzer, corpus.Glossary.Current, searcher.IndexReader).Compile(parsed, allowed);
            var with = new QueryCompiler(corpus.Analyzer, corpus.Glossary.Current, searcher.IndexReader, filters: cache).Compile(parsed, allowed);
            var first = Top(with.Query);
            return (Top(without.Query), first, Top(new QueryCompiler(corpus.Analyzer, corpus.Glossary.Current, searcher.IndexReader, filters: cache).Compile(parsed, allowed).Query));
        });

        Assert.NotEmpty(plain);
        Assert.Equal(plain.Select(h => h.Doc), kept.Select(h => h.Doc));
        Assert.All(plain.Zip(kept), pair => Assert.Equal(pair.First.Score, pair.Second.Score));
        Assert.Equal(kept, again);
        // One filter (the query's filters, or the security clause) or two, each made once however often it is compiled.
        Assert.InRange(cache.Count, 1, 2);
    }

    [Fact]
    public void TheSameFilterIsKeptOnceAndADifferentOneAgain()
    {
        var cache = new FilterCache();
        var compile = (string q) => new QueryCompiler(corpus.Analyzer, corpus.Glossary.Current, filters: cache).Compile(SearchQueryParser.Parse(q), CorpusDocuments.Everyone, trimClassifications: false);

        // The date filter alone (the security clause is left out here): the same range is one filter whatever the words.
        compile("children after:2020-01-01");
        compile("care after:2020-01-01");
        Assert.Equal(1, cache.Count);
        compile("children after:2021-01-01");
        Assert.Equal(2, cache.Count);
    }

    [Fact]
    public void PastItsLimitTheCacheStartsAgainAndStillAnswers()
    {
        var cache = new FilterCache(limit: 2);
        foreach (var year in Enumerable.Range(2015, 5))
        {
            cache.Clause(new TermQuery(new Term("kind", year.ToString(CultureInfo.InvariantCulture))), 0f);
        }

        Assert.InRange(cache.Count, 1, 2);
    }

    [Fact]
    public void APassageDeletedAfterItsSegmentsSetWasKeptIsNoLongerMatched()
    {
        using var directory = new RAMDirectory();
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48)));
        foreach (var id in new[] { "a", "b", "c" })
        {
            writer.AddDocument([new StringField("id", id, Field.Store.YES), new StringField("kind", "letter", Field.Store.NO)]);
        }

        writer.Commit();
        var cache = new FilterCache();
        var clause = cache.Clause(new TermQuery(new Term("kind", "letter")), 0f);
        using (var reader = DirectoryReader.Open(directory))
        {
            Assert.Equal(3, new IndexSearcher(reader).Search(clause, 10).TotalHits);
        }

        writer.DeleteDocuments(new Term("id", "b"));
        writer.Commit();
        using (var reader = DirectoryReader.Open(directory))
        {
            // The segment is the same (its set is reused); its deletions are new.
            var hits = new IndexSearcher(reader).Search(cache.Clause(new TermQuery(new Term("kind", "letter")), 0f), 10);
            Assert.Equal(2, hits.TotalHits);
            Assert.DoesNotContain(hits.ScoreDocs, d => reader.Document(d.Doc).Get("id", CultureInfo.InvariantCulture) == "b");
        }
    }
}
