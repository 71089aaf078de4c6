using Inspection.Search.Tests.Corpus;

namespace Inspection.Search.Tests.Query;

[Collection(CorpusGroup.Name)]
public sealed class QueryLanguageTests(CorpusIndex corpus)
{
    [Fact]
    public void TheNegativeVerdictPhraseFindsExactlyThePassagesThatSayIt()
    {
        var expected = corpus.Passages.Where(p => TextAssert.Mentions(p.Text, "has not made sufficient progress")).Select(p => p.PassageId).ToHashSet();

        var results = corpus.Search("\"has not made sufficient progress\"");

        Assert.True(expected.Count >= 3, "the revisit reports three areas without sufficient progress");
        Assert.Equal(expected, results.Hits.Select(h => h.PassageId).ToHashSet());
        Assert.Equal(expected.Count, results.Total);
    }

    [Fact]
    public void WithTwoContentWordsBothAreRequiredWhenSomePassageHasBoth()
    {
        var results = corpus.Search("Eden House");

        Assert.NotEmpty(results.Hits);
        Assert.All(results.Hits, h => Assert.True(TextAssert.Mentions(h.Text, "eden") && TextAssert.Mentions(h.Text, "house")));
    }

    [Fact]
    public void ExcludedWordsAndPhrasesNeverAppearInHits()
    {
        var withAll = corpus.Search("sufficient progress");
        var withoutWord = corpus.Search("sufficient progress -weakness");
        var withoutPhrase = corpus.Search("sufficient progress -\"local area\"");

        Assert.NotEmpty(withoutWord.Hits);
        Assert.True(withoutWord.Total < withAll.Total);
        Assert.All(withoutWord.Hits, h => Assert.False(TextAssert.Mentions(h.Text, "weakness")));
        Assert.NotEmpty(withoutPhrase.Hits);
        Assert.All(withoutPhrase.Hits, h => Assert.False(TextAssert.Mentions(h.Text, "local area")));
    }

    [Fact]
    public void OrMatchesEitherSide()
    {
        var results = corpus.Search("radicalisation OR ombudsman");

        Assert.Contains(results.Hits, h => TextAssert.Mentions(h.Text, "radicalisation"));
        Assert.Contains(results.Hits, h => TextAssert.Mentions(h.Text, "ombudsman"));
        // The glossary makes "ombudsman" and "LGO" / "LGSCO" the same body.
        Assert.All(results.Hits, h => Assert.Contains(new[] { "radicalisation", "ombudsman", "LGO", "LGSCO" }, w => TextAssert.Mentions(h.Text, w)));
    }

    [Fact]
    public async Task TypeFilterAcceptsShortNamesCaseInsensitively()
    {
        var letters = await corpus.SearchAsync("children type:Letter");
        var audits = await corpus.SearchAsync("children type:audit");

        Assert.NotEmpty(letters.Hits);
        Assert.All(letters.Hits, h => Assert.Equal("InspectionLetter", h.Kind));
        Assert.Equal(0, audits.Total);
        Assert.Equal("No passage matches.", audits.Message);
    }

    [Fact]
    public async Task AnUnknownTypeIsExplainedAndIgnored()
    {
        var results = await corpus.SearchAsync("exclusions type:spreadsheet");

        Assert.NotEmpty(results.Hits);
        Assert.Contains("Unknown type \"spreadsheet\"", results.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ThemeFilterMatchesSubThemesByPrefix()
    {
        var parent = corpus.Search("children theme:ILACS");
        var child = corpus.Search("children theme:ilacs/extra-familial-harm");

        var ilacsDocuments = CorpusDocuments.All.Where(d => d.Themes.Any(t => t.StartsWith("ilacs/", StringComparison.Ordinal))).Select(d => d.DocumentId).ToHashSet();
        Assert.All(parent.Hits, h => Assert.Contains(h.DocumentId, ilacsDocuments));
        Assert.True(parent.Hits.Select(h => h.DocumentId).Distinct().Count() > 1);
        Assert.NotEmpty(child.Hits);
        Assert.All(child.Hits, h => Assert.Equal(CorpusDocuments.FocusedVisit, h.DocumentId));
    }

    [Fact]
    public void OrganisationFilterMatchesPartOfTheName()
    {
        var results = corpus.Search("SEND org:medway");

        Assert.NotEmpty(results.Hits);
        Assert.All(results.Hits, h => Assert.Equal("Medway Council", h.Organisation));
    }

    [Fact]
    public void DateFiltersBoundTheDocumentDate()
    {
        var results = corpus.Search("children after:2021-01 before:2022");

        Assert.NotEmpty(results.Hits);
        Assert.All(results.Hits, h => Assert.InRange(h.Date!.Value, new DateOnly(2021, 1, 1), new DateOnly(2021, 12, 31)));
    }

    [Fact]
    public async Task RequestFiltersWorkLikeTypedOnes()
    {
        var results = await corpus.Service.SearchAsync(new SearchRequest
        {
            Query = "children",
            Type = "minutes",
            After = new DateOnly(2021, 10, 1),
            AllowedClassifications = CorpusDocuments.Everyone,
            Top = 1000,
        }, CancellationToken.None);

        Assert.NotEmpty(results.Hits);
        Assert.All(results.Hits, h => Assert.Equal(CorpusDocuments.Scrutiny, h.DocumentId));
    }

    [Fact]
    public void FiltersAloneListPassagesNewestFirst()
    {
        var results = corpus.Search("org:medway");

        Assert.Equal(corpus.Passages.Count(p => p.Organisation == "Medway Council"), results.Total);
        Assert.Equal(CorpusDocuments.LeadMember, results.Hits[0].DocumentId);
    }

    [Fact]
    public void NewestAndOldestSortByDocumentDate()
    {
        var request = new SearchRequest { Query = "children", AllowedClassifications = CorpusDocuments.Everyone, Top = 1000 };

        var newest = corpus.Service.Search(request with { Sort = SearchSort.Newest }).Hits.Select(h => h.Date!.Value).ToList();
        var oldest = corpus.Service.Search(request with { Sort = SearchSort.Oldest }).Hits.Select(h => h.Date!.Value).ToList();

        Assert.Equal(newest.OrderByDescending(d => d), newest);
        Assert.Equal(oldest.OrderBy(d => d), oldest);
        Assert.NotEqual(newest[0], oldest[0]);
    }

    [Fact]
    public void WhenNoPassageHasEveryWordMostOfThemIsEnoughAndTheMessageSaysSo()
    {
        var results = corpus.Search("foster carers resignations pandemic zanzibar");

        Assert.NotEmpty(results.Hits);
        Assert.Contains("most of them", results.Message, StringComparison.Ordinal);
        Assert.True(TextAssert.Mentions(results.Hits[0].Text, "resignations"));
    }

    [Fact]
    public void PagingSkipsHitsInOrder()
    {
        var request = new SearchRequest { Query = "children", AllowedClassifications = CorpusDocuments.Everyone, Top = 10 };

        var first = corpus.Service.Search(request);
        var second = corpus.Service.Search(request with { Skip = 5 });

        Assert.Equal(first.Hits.Skip(5).Select(h => h.PassageId), second.Hits.Take(5).Select(h => h.PassageId));
        Assert.Equal(first.Total, second.Total);
    }
}
