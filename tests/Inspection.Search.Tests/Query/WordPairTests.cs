using Inspection.Search.Analysis;
using Inspection.Search.Indexing;
using Inspection.Search.Tests.Corpus;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Inspection.Search.Tests.Query;

/// <summary>The word-pairs field only narrows phrase queries: it must never change which passages match.</summary>
[Collection(CorpusGroup.Name)]
public sealed class WordPairTests(CorpusIndex corpus)
{
    [Theory]
    [InlineData("sufficient progress")]
    [InlineData("has not made sufficient progress")]
    [InlineData("area of significant weakness")]
    [InlineData("care leavers")]
    [InlineData("children in care")]
    [InlineData("written statement of action")]
    [InlineData("local area")]
    [InlineData("social workers")]
    [InlineData("Thurrock Council")]
    public void APhraseMatchesExactlyThePassagesItsPhraseQueriesMatchWithoutThePairs(string phrase)
    {
        var tokens = TextAnalysis.Terms(corpus.Analyzer, phrase);
        var plain = new BooleanQuery();
        foreach (var field in new[] { PassageFields.Text, PassageFields.Title, PassageFields.HeadingPath })
        {
            var query = new PhraseQuery();
            foreach (var token in tokens)
            {
                query.Add(new Term(field, token));
            }

            plain.Add(query, Occur.SHOULD);
        }

        var expected = corpus.Index.Read(searcher => searcher.Search(plain, 10_000).ScoreDocs
            .Select(d => searcher.Doc(d.Doc).Get(PassageFields.PassageId, System.Globalization.CultureInfo.InvariantCulture))
            .ToHashSet(StringComparer.Ordinal));

        // Quoted and with glossary expansion off (the glossary would add other phrases), through the search service.
        var results = corpus.Search("\"" + phrase + "\"");

        Assert.NotEmpty(expected);
        Assert.True(results.Hits.Select(h => h.PassageId).ToHashSet(StringComparer.Ordinal).IsSupersetOf(expected));
        var pairs = corpus.Index.Read(searcher =>
        {
            var all = new BooleanQuery();
            for (var i = 0; i + 1 < tokens.Length; i++)
            {
                all.Add(new TermQuery(new Term(PassageFields.Pairs, InspectionAnalyzer.Pair(tokens[i], tokens[i + 1]))), Occur.MUST);
            }

            return searcher.Search(all, 10_000).TotalHits;
        });
        Assert.True(pairs >= expected.Count, $"every passage with the phrase holds its pairs ({pairs} with pairs, {expected.Count} with the phrase)");
    }
}
