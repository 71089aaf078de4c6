using Inspection.Search.Indexing;
using Inspection.Search.Pruning;
using Inspection.Search.Query;
using Inspection.Search.Results;
using Inspection.Search.Tests.Corpus;
using Lucene.Net.Search;

namespace Inspection.Search.Tests.Pruning;

/// <summary>
/// Skipping blocks must never change what a search keeps: the same passages, in the same order, with the same scores as
/// scoring every hit; and no passage may score above its block's bound.
/// </summary>
public sealed class PrunedSearchTests(RecombinedCorpusIndex corpus) : IClassFixture<RecombinedCorpusIndex>
{
    public static TheoryData<string> Queries { get; } =
    [
        "children",
        "council",
        "inspection progress",
        "\"sufficient progress\"",
        "\"children in care\"",
        "SEND",
        "LAC",
        "EHCP",
        "\"local area\" OR EHCP OR inspection",
        "\"written statement of action\" OR \"area of significant weakness\" OR \"sufficient progress\"",
        "children type:CommitteeReport",
        "send after:2019-06-01",
        "children -council",
        "young people social care",
    ];

    [Theory]
    [MemberData(nameof(Queries))]
    public void KeepsExactlyThePassagesAFullSearchKeeps(string query)
    {
        foreach (var size in new[] { 1, 10, 40 })
        {
            var (full, fullTotal, pruned, exact, prunedTotal) = corpus.Index.Read(searcher =>
            {
                var compiled = Compile(searcher, query);
                var reference = new RelevanceCollector(size);
                searcher.Search(compiled, reference);
                var collector = new RelevanceCollector(size);
                var counted = PrunedSearch.Run(searcher, compiled, collector, corpus.Index.BlockMaxima, countUpTo: 0);
                return (Hits(reference), reference.TotalHits, Hits(collector), counted, collector.TotalHits);
            });

            Assert.True(fullTotal > 100, $"{query} should match many passages, not {fullTotal}");
            Assert.Equal(full.Select(h => h.Doc), pruned.Select(h => h.Doc));
            Assert.All(full.Zip(pruned), pair => Assert.Equal(pair.First.Score, pair.Second.Score, 4));
            Assert.InRange(prunedTotal, size, fullTotal);
            if (exact)
            {
                Assert.Equal(fullTotal, prunedTotal);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void KeepsTheFirstPageAPassOverEveryHitInOrderWouldShow(string query)
    {
        foreach (var (skip, top) in new[] { (0, 10), (10, 10), (0, 3) })
        {
            var (expected, pruned) = corpus.Index.Read(searcher =>
            {
                var compiled = Compile(searcher, query);
                var everyHit = new RelevanceCollector(searcher.IndexReader.MaxDoc);
                searcher.Search(compiled, everyHit);
                var ranked = everyHit.TopDocs();
                // Relevance order, a document's third and later passages moved after the first page.
                var perDocument = new Dictionary<string, int>(StringComparer.Ordinal);
                bool Shown(ScoreDoc hit)
                {
                    var document = DocumentDiversity.DocumentOf(searcher, hit.Doc);
                    perDocument[document] = perDocument.GetValueOrDefault(document) + 1;
                    return perDocument[document] <= DocumentDiversity.PerDocument;
                }

                var first = ranked.Where(Shown).Take(top).ToList();
                var rest = ranked.Where(d => !first.Contains(d));
                var expected = first.Concat(rest).Skip(skip).Take(top).Select(d => d.Doc).ToList();
                var collector = new RelevanceCollector(skip + top, top);
                PrunedSearch.Run(searcher, compiled, collector, corpus.Index.BlockMaxima, countUpTo: 0);
                return (expected, collector.FirstPageFirst().Skip(skip).Take(top).Select(d => d.Doc).ToList());
            });

            Assert.Equal(expected, pruned);
        }
    }

    [Fact]
    public void SkipsMostOfTheHitsOfACommonWord()
    {
        var (fullTotal, exact, prunedTotal) = corpus.Index.Read(searcher =>
        {
            var compiled = Compile(searcher, "children");
            var reference = new RelevanceCollector(10);
            searcher.Search(compiled, reference);
            var collector = new RelevanceCollector(10);
            var counted = PrunedSearch.Run(searcher, compiled, collector, corpus.Index.BlockMaxima, countUpTo: 0);
            return (reference.TotalHits, counted, collector.TotalHits);
        });

        // A small index (12,000 passages, blocks of 16 holding "children" nearly everywhere) skips less than a large one does.
        Assert.False(exact);
        Assert.True(prunedTotal * 4 < fullTotal * 3, $"scored {prunedTotal} of {fullTotal} hits");
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void NoPassageScoresAboveItsBlocksBound(string query)
    {
        var (checkedHits, above) = corpus.Index.Read(searcher => BoundViolations(searcher, Compile(searcher, query), corpus.Index.BlockMaxima));

        Assert.True(checkedHits > 100, $"{query} matched {checkedHits}");
        Assert.Empty(above);
    }

    [Fact]
    public void CountsExactlyUpToTheThresholdAndSaysMoreThanPastIt()
    {
        var common = corpus.Service.Search(new SearchRequest { Query = "children", AllowedClassifications = CorpusDocuments.Everyone, Top = 10 });
        var (rareQuery, rareCount) = corpus.Index.Read(searcher => new[] { "\"area of significant weakness\"", "\"local offer\"", "\"sufficient progress\"", "inspectors" }
            .Select(q =>
            {
                var count = new TotalHitCountCollector();
                searcher.Search(Compile(searcher, q), count);
                return (q, count.TotalHits);
            })
            .First(c => c.TotalHits is > 10 and < SearchService.ExactTotalUpTo));
        var rare = corpus.Service.Search(new SearchRequest { Query = rareQuery, AllowedClassifications = CorpusDocuments.Everyone, Top = 10 });

        Assert.True(common.TotalIsLowerBound);
        Assert.Equal(SearchService.ExactTotalUpTo, common.Total);
        Assert.Equal(10, common.Hits.Count);
        Assert.False(rare.TotalIsLowerBound);
        Assert.Equal(rareCount, rare.Total);
    }

    [Fact]
    public void FacetedSearchesStillCountEveryHit()
    {
        var faceted = corpus.Service.Search(new SearchRequest { Query = "children", AllowedClassifications = CorpusDocuments.Everyone, Top = 10, Facets = true });
        var all = corpus.Index.Read(searcher =>
        {
            var count = new TotalHitCountCollector();
            searcher.Search(Compile(searcher, "children"), count);
            return count.TotalHits;
        });

        Assert.False(faceted.TotalIsLowerBound);
        Assert.Equal(all, faceted.Total);
        Assert.True(all > SearchService.ExactTotalUpTo);
    }

    [Theory]
    [InlineData("\"children in care\" OR \"special educational needs\"", SearchSort.Relevance)]
    [InlineData("\"local area\"", SearchSort.Newest)]
    public void SearchesThatVisitEveryHitMatchPhrasesAsLuceneDoes(string query, SearchSort sort)
    {
        // Faceted and date-ordered searches match phrases from their kept passages: same hits, same count.
        var results = corpus.Service.Search(new SearchRequest { Query = query, AllowedClassifications = CorpusDocuments.Everyone, Top = 30, Facets = true, Sort = sort });
        var (expected, total) = corpus.Index.Read(searcher =>
        {
            var lucene = sort == SearchSort.Relevance
                ? searcher.Search(Compile(searcher, query), 30, new Sort(SortField.FIELD_SCORE, new SortField(PassageFields.DateNumber, SortFieldType.INT32, true)))
                : searcher.Search(Compile(searcher, query), 30, new Sort(new SortField(PassageFields.DateNumber, SortFieldType.INT32, true), SortField.FIELD_SCORE));
            return (lucene.ScoreDocs.Select(d => searcher.Doc(d.Doc).Get(PassageFields.PassageId, System.Globalization.CultureInfo.InvariantCulture)).ToList(), lucene.TotalHits);
        });

        Assert.False(results.TotalIsLowerBound);
        Assert.Equal(total, results.Total);
        Assert.Equal(total, results.Facets!.Kinds.Sum(k => k.Count));
        Assert.Equal(expected, results.Hits.Select(h => h.PassageId).ToList());
    }

    [Fact]
    public void FacetsCountEveryHitAcrossSegmentsAndDeletedPassages()
    {
        // Facets are counted per document from its first hit and weighted by its hits; a full scan of stored fields must agree.
        var results = corpus.Service.Search(new SearchRequest { Query = "children OR council", AllowedClassifications = CorpusDocuments.Everyone, Top = 5, Facets = true });
        var (kinds, years, organisations, hits) = corpus.Index.Read(searcher =>
        {
            var all = searcher.Search(Compile(searcher, "children OR council"), searcher.IndexReader.MaxDoc);
            var documents = all.ScoreDocs.Select(d => searcher.Doc(d.Doc)).ToList();
            string Field(Lucene.Net.Documents.Document d, string name) => d.Get(name, System.Globalization.CultureInfo.InvariantCulture);
            return (
                documents.GroupBy(d => Field(d, PassageFields.Kind)).ToDictionary(g => g.Key, g => g.Count()),
                documents.GroupBy(d => Field(d, PassageFields.Date)[..4]).ToDictionary(g => g.Key, g => g.Count()),
                documents.GroupBy(d => Field(d, PassageFields.Organisation)).ToDictionary(g => g.Key, g => g.Count()),
                all.TotalHits);
        });

        Assert.True(hits > 5_000, $"{hits} hits");
        Assert.Equal(hits, results.Total);
        Assert.Equal(kinds, results.Facets!.Kinds.ToDictionary(f => f.Value, f => f.Count));
        Assert.Equal(years, results.Facets.Years.ToDictionary(f => f.Value, f => f.Count));
        Assert.Equal(organisations, results.Facets.Organisations.ToDictionary(f => f.Value, f => f.Count));
    }

    [Fact]
    public void APageDeeperThanTheThresholdIsCountedToItsEnd()
    {
        var page = corpus.Service.Search(new SearchRequest { Query = "children", AllowedClassifications = CorpusDocuments.Everyone, Top = 20, Skip = 1200 });

        Assert.Equal(20, page.Hits.Count);
        Assert.True(page.Total >= 1220, $"total {page.Total}");
    }

    internal static Lucene.Net.Search.Query Compile(IndexSearcher searcher, string query)
    {
        var analyzer = new Inspection.Search.Analysis.InspectionAnalyzer();
        var glossary = new Inspection.Search.Analysis.GlossaryProvider(RepoPaths.GlossaryRecipe, analyzer);
        return new QueryCompiler(analyzer, glossary.Current, searcher.IndexReader)
            .Compile(SearchQueryParser.Parse(query), CorpusDocuments.Everyone, trimClassifications: false).Query;
    }

    internal static (int Checked, List<string> Above) BoundViolations(IndexSearcher searcher, Lucene.Net.Search.Query query, BlockMaxima maxima)
    {
        var bound = ScoreBound.For(query, searcher, new ReaderTerms(searcher.IndexReader));
        Assert.NotNull(bound);
        var weight = searcher.CreateNormalizedWeight(query);
        var above = new List<string>();
        var checkedHits = 0;
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var bounds = new float[BlockMaxima.Blocks(leaf.AtomicReader.MaxDoc)];
            bound.Fill(leaf.AtomicReader, maxima, bounds);
            var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            if (scorer is null)
            {
                continue;
            }

            int doc;
            while ((doc = scorer.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
            {
                checkedHits++;
                var score = scorer.GetScore();
                if (score > bounds[doc >> BlockMaxima.BlockShift])
                {
                    above.Add($"doc {leaf.DocBase + doc}: score {score} above bound {bounds[doc >> BlockMaxima.BlockShift]}");
                }
            }
        }

        return (checkedHits, above);
    }

    private static List<(int Doc, float Score)> Hits(RelevanceCollector collector) => [.. collector.TopDocs().Select(d => (d.Doc, d.Score))];
}
