using Inspection.Search.Analysis;
using Inspection.Search.Indexing;
using Inspection.Search.Pruning;
using Inspection.Search.Results;
using Inspection.Search.Tests.Corpus;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Options;

namespace Inspection.Search.Tests.Pruning;

/// <summary>What <see cref="BlockMaxima"/> keeps per segment must stay true to Lucene: phrase matches and scores, bounds after the index grows, the memory budget.</summary>
public sealed class KeptPostingsTests(RecombinedCorpusIndex corpus) : IClassFixture<RecombinedCorpusIndex>
{
    [Theory]
    [InlineData("text", "special educational needs")]
    [InlineData("text", "children in care")]
    [InlineData("text", "local area")]
    [InlineData("headingPath", "the council")]
    public void AKeptPhraseMatchesAndScoresAsLucenesPhraseDoes(string field, string words)
    {
        var terms = TextAnalysis.Terms(corpus.Analyzer, words);
        var phrase = new PhraseQuery { Boost = 0.8f };
        foreach (var term in terms)
        {
            phrase.Add(new Term(field, term));
        }

        var (lucene, kept) = corpus.Index.Read(searcher => (AllHits(searcher, phrase), AllHits(searcher, new KeptPhraseQuery(phrase, corpus.Index.BlockMaxima) { Boost = 1.5f }, 1.5f)));

        Assert.NotEmpty(lucene);
        Assert.Equal(lucene.Select(h => h.Doc), kept.Select(h => h.Doc));

        // Dividing the wrapper's boost back out can move a score across the fourth decimal: equal within that rounding.
        Assert.All(lucene.Zip(kept), pair => Assert.InRange(pair.Second.Score, pair.First.Score - 2e-4f, pair.First.Score + 2e-4f));
    }

    [Fact]
    public void BoundsStayAboveScoresWhenLaterPassagesChangeTheAverageLength()
    {
        using var folder = new TempFolder();
        using var analyzer = new InspectionAnalyzer();
        var options = Options.Create(new SearchOptions { IndexDirectory = folder.Path, MaxTop = 100 });
        using var index = new PassageIndex(options, analyzer);
        var random = new Random(7);
        for (var document = 0; document < 60; document++)
        {
            index.UpsertDocument(RecombinedCorpusIndex.DocumentId(document), corpus.Passages(document, random, 20, maxSentences: 3));
        }

        index.Commit();
        index.Refresh();
        const string Query = "\"special educational needs\" OR children OR council";
        // Maxima are worked out and kept while the passages are short...
        index.Read(searcher => PrunedSearchTests.BoundViolations(searcher, PrunedSearchTests.Compile(searcher, Query), index.BlockMaxima));
        for (var document = 60; document < 90; document++)
        {
            index.UpsertDocument(RecombinedCorpusIndex.DocumentId(document), corpus.Passages(document, random, 20, maxSentences: 40));
        }

        index.Commit();
        index.Refresh();

        // ...and still hold for the old segment once long passages have raised the average the scores divide by.
        var (checkedHits, above) = index.Read(searcher => PrunedSearchTests.BoundViolations(searcher, PrunedSearchTests.Compile(searcher, Query), index.BlockMaxima));
        var (full, pruned) = index.Read(searcher =>
        {
            var compiled = PrunedSearchTests.Compile(searcher, Query);
            var reference = new RelevanceCollector(10);
            searcher.Search(compiled, reference);
            var collector = new RelevanceCollector(10);
            PrunedSearch.Run(searcher, compiled, collector, index.BlockMaxima, countUpTo: 0);
            return (reference.TopDocs().Select(d => d.Doc).ToList(), collector.TopDocs().Select(d => d.Doc).ToList());
        });

        Assert.True(checkedHits > 500, $"checked {checkedHits}");
        Assert.Empty(above);
        Assert.Equal(full, pruned);
    }

    [Fact]
    public async Task AfterANewBatchTheWarmUpWorksOutWhatRecentSearchesUsed()
    {
        using var folder = new TempFolder();
        using var analyzer = new InspectionAnalyzer();
        using var index = new PassageIndex(Options.Create(new SearchOptions { IndexDirectory = folder.Path }), analyzer);
        var random = new Random(11);
        for (var document = 0; document < 40; document++)
        {
            index.UpsertDocument(RecombinedCorpusIndex.DocumentId(document), corpus.Passages(document, random, 20));
        }

        index.Commit();
        index.Refresh();
        // Compiled once: compiled against the grown index, the query may take in word forms the new passages brought,
        // which is another search, not one the warm-up could know of.
        var query = index.Read(searcher => PrunedSearchTests.Compile(searcher, "\"children in care\" OR council OR SEND"));
        long Search() => index.Read(searcher =>
        {
            PrunedSearch.Run(searcher, query, new RelevanceCollector(5), index.BlockMaxima, countUpTo: 0);
            return index.BlockMaxima.Bytes;
        });
        var first = Search();
        for (var document = 40; document < 60; document++)
        {
            index.UpsertDocument(RecombinedCorpusIndex.DocumentId(document), corpus.Passages(document, random, 20));
        }

        index.Commit();
        index.Refresh();

        await new PruningWarmer(index).WarmAsync(CancellationToken.None);
        var warmed = index.BlockMaxima.Bytes;

        // The new segment's maxima were worked out by the warm-up: the search after it has nothing left to compute.
        Assert.True(warmed > first, $"{warmed} bytes after the warm-up, {first} before");
        Assert.Equal(warmed, Search());
    }

    [Fact]
    public void PastItsBudgetTheCacheEmptiesAndSearchesStayRight()
    {
        var small = new BlockMaxima(budgetBytes: 4_000);
        var (full, pruned) = corpus.Index.Read(searcher =>
        {
            var compiled = PrunedSearchTests.Compile(searcher, "\"children in care\" OR council OR SEND");
            var reference = new RelevanceCollector(10);
            searcher.Search(compiled, reference);
            var collector = new RelevanceCollector(10);
            PrunedSearch.Run(searcher, compiled, collector, small, countUpTo: 0);
            return (reference.TopDocs().Select(d => (d.Doc, d.Score)).ToList(), collector.TopDocs().Select(d => (d.Doc, d.Score)).ToList());
        });

        Assert.Equal(full, pruned);
        Assert.InRange(small.Bytes, 0, 4_000);
    }

    private static List<(int Doc, float Score)> AllHits(IndexSearcher searcher, Lucene.Net.Search.Query query, float divideBy = 1f)
    {
        var hits = new List<(int, float)>();
        var weight = searcher.CreateNormalizedWeight(query);
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            if (scorer is null)
            {
                continue;
            }

            int doc;
            while ((doc = scorer.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
            {
                // The wrapper's own boost multiplies the phrase's, as a rewrite that moves a boost onto it expects.
                hits.Add((leaf.DocBase + doc, MathF.Round(scorer.GetScore() / divideBy, 4)));
            }
        }

        return hits;
    }
}
