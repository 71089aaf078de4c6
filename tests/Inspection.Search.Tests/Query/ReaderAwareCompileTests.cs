using Inspection.Search.Query;
using Inspection.Search.Results;
using Inspection.Search.Tests.Corpus;

namespace Inspection.Search.Tests.Query;

/// <summary>
/// Compiling against the reader leaves out fields that lack a word; hits and scores must not change. Both sides are
/// compiled with the reader, so that what only the reader can tell (a word's other forms, a word naming an
/// organisation) is the same on both, and only the fields searched differ.
/// </summary>
[Collection(CorpusGroup.Name)]
public sealed class ReaderAwareCompileTests(CorpusIndex corpus)
{
    [Theory]
    [InlineData("sufficient progress")]
    [InlineData("\"has not made sufficient progress\"")]
    [InlineData("EHCP timeliness")]
    [InlineData("LAC OR \"care leavers\"")]
    [InlineData("Thurrock focused visit")]
    [InlineData("neglect -Medway")]
    [InlineData("zzzunknownword")]
    [InlineData("children zzzunknownword")]
    [InlineData("\"local area\" type:CommitteeReport")]
    public void HitsAndScoresAreTheSameWithAndWithoutTheReader(string query)
    {
        var parsed = SearchQueryParser.Parse(query);

        var (plain, aware, fields) = corpus.Index.Read(searcher =>
        {
            var without = new QueryCompiler(corpus.Analyzer, corpus.Glossary.Current, searcher.IndexReader) { SkipsAbsentFields = false }.Compile(parsed, CorpusDocuments.Everyone);
            var with = new QueryCompiler(corpus.Analyzer, corpus.Glossary.Current, searcher.IndexReader).Compile(parsed, CorpusDocuments.Everyone);
            List<(int Doc, float Score)> Top(Lucene.Net.Search.Query q)
            {
                var collector = new RelevanceCollector(1000);
                searcher.Search(q, collector);
                return [.. collector.TopDocs().Select(d => (d.Doc, d.Score))];
            }

            return (Top(without.Query), Top(with.Query), (without.Query.ToString().Length, with.Query.ToString().Length));
        });

        Assert.Equal(plain.Count, aware.Count);
        Assert.Equal(plain.Select(h => h.Doc), aware.Select(h => h.Doc));
        Assert.All(plain.Zip(aware), pair => Assert.Equal(pair.First.Score, pair.Second.Score, 4));
        Assert.True(fields.Item2 <= fields.Item1, "the reader-aware query is never larger");
    }

    [Fact]
    public void AWordMissingFromTitlesAndHeadingsIsSearchedInTheTextAlone()
    {
        var parsed = SearchQueryParser.Parse("safeguarding");

        var compiled = corpus.Index.Read(searcher => new QueryCompiler(corpus.Analyzer, corpus.Glossary.Current, searcher.IndexReader).Compile(parsed, CorpusDocuments.Everyone));
        var reference = new QueryCompiler(corpus.Analyzer, corpus.Glossary.Current).Compile(parsed, CorpusDocuments.Everyone);

        Assert.Contains("title:", reference.Query.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("title:safeguard", compiled.Query.ToString(), StringComparison.Ordinal);
        Assert.Contains("text:safeguard", compiled.Query.ToString(), StringComparison.Ordinal);
    }
}
