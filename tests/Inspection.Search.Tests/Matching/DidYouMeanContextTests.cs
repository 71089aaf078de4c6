using Inspection.Content.Evidence;

namespace Inspection.Search.Tests.Matching;

/// <summary>
/// Suggestions chosen by the rest of the query, slips the stemmer reads as another word, and rare words typed for
/// common ones, each with the other side: a word that is right where it stands is never "corrected".
/// </summary>
public sealed class DidYouMeanContextTests : IDisposable
{
    private readonly WrittenIndex _index = new();

    public DidYouMeanContextTests()
    {
        _index.Add("futures", "The Bright Futures strategy sets out our ambition for care leavers.")
            .Add("futures-2", "Bright futures for every child: the refreshed strategy.")
            .Add("minutes", "The item was brought forward to the next meeting.")
            .Add("minutes-2", "Members brought forward the review of the budget.")
            .Add("minutes-3", "Concerns were brought to the committee by parents.")
            .Add("overall", "Overall effectiveness is judged good.")
            .Add("code", "Placements out of area will be compliant with the code of practice.")
            .Add("lado", "Allegations against staff are referred to the LADO within one working day.")
            .Add("refused", "The application for a place was refused by the school.");
        for (var i = 0; i < 24; i++)
        {
            _index.Add($"complaints-{i}", $"Complaint {i}: {(i % 2 == 0 ? "the complaint was upheld" : "the complaint was not upheld")} at stage one.");
        }

        _index.Commit();
    }

    [Theory]
    [InlineData("brught futures", "bright futures")]
    [InlineData("brught forward", "brought forward")]
    public void BetweenSuggestionsAsManyEditsAwayTheOneFoundWithTheOtherWordsWins(string typed, string meant)
    {
        Assert.Equal(meant, _index.Search(typed).CorrectedQuery);
    }

    [Fact]
    public void ASlipTheStemmerReadsAsAFunctionWordIsStillCorrected()
    {
        // "overal" is analysed as "over", which a search ignores: the typed spelling is one edit from "overall".
        var results = _index.Search("overal");

        Assert.Equal("overall", results.CorrectedQuery);
        Assert.Contains(results.Hits, h => h.DocumentId == "overall");
    }

    [Fact]
    public void ARareWordTypedForAFarCommonerOneIsCorrectedWhenOnlyTheCommonOneFitsTheQuery()
    {
        var results = _index.Search("compliant upheld");

        Assert.Equal("complaint upheld", results.CorrectedQuery);
        Assert.StartsWith("complaints-", results.Hits[0].DocumentId, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("compliant code of practice")]
    [InlineData("compliant")]
    [InlineData("bright futures")]
    [InlineData("overall effectiveness")]
    public void AWordRightWhereItStandsIsNeverCorrected(string query)
    {
        var results = _index.Search(query);

        Assert.Null(results.CorrectedQuery);
        Assert.NotEmpty(results.Hits);
    }

    [Fact]
    public void OneSlipOfTheKeyboardIsCorrectedEvenWhenTheWordMeantIsNotFoundWithTheOthers()
    {
        Assert.Equal("lado complaint", _index.Search("LAOD complaint").CorrectedQuery);
    }

    [Fact]
    public void AWordTheEvidenceDoesNotUseIsNotTurnedIntoADistantWordFoundWithNoneOfTheOthers()
    {
        var results = _index.Search("refugee complaint");

        Assert.Null(results.CorrectedQuery);
        Assert.DoesNotContain(results.Hits, h => h.DocumentId == "refused");
    }

    [Fact]
    public void ARareWordIsNotCorrectedFromEvidenceTheSearcherMayNotSee()
    {
        using var index = new WrittenIndex();
        index.Add("code", "Placements will be compliant with the code of practice.");
        for (var i = 0; i < 24; i++)
        {
            index.Add($"complaints-{i}", $"Complaint {i} was upheld.", Classifications.Personal);
        }

        index.Commit();

        Assert.Null(index.Search("compliant upheld", [Classifications.Official]).CorrectedQuery);
        Assert.Equal("complaint upheld", index.Search("compliant upheld").CorrectedQuery);
    }

    public void Dispose() => _index.Dispose();
}
