using Inspection.Search.Tests.Corpus;

namespace Inspection.Search.Tests.Matching;

[Collection(CorpusGroup.Name)]
public sealed class DidYouMeanTests(CorpusIndex corpus)
{
    [Theory]
    [InlineData("safegaurding partnership", "safeguarding")]
    [InlineData("radicalisaton", "radicalisation")]
    [InlineData("exploitaion", "exploitation")]
    public void AWordNoPassageHoldsIsCorrectedAndTheSearchSaysSo(string typed, string meant)
    {
        var results = corpus.Search(typed, top: 10);

        Assert.NotNull(results.CorrectedQuery);
        Assert.Contains(meant, results.CorrectedQuery, StringComparison.Ordinal);
        Assert.Contains("Did you mean", results.Message, StringComparison.Ordinal);
        Assert.NotEmpty(results.Hits);
    }
}

public sealed class DidYouMeanTrimmingTests : IDisposable
{
    private readonly WrittenIndex _index = new();

    [Fact]
    public void ASuggestionNeverComesFromEvidenceTheSearcherMayNotSee()
    {
        _index.Add("personal", "Zanzibarian placement notes for one child.", Inspection.Content.Evidence.Classifications.Personal)
            .Add("official", "Placement sufficiency across the borough.")
            .Commit();

        var viewer = _index.Search("zanzibarain", [Inspection.Content.Evidence.Classifications.Official]);
        var lead = _index.Search("zanzibarain");

        Assert.Null(viewer.CorrectedQuery);
        Assert.Empty(viewer.Hits);
        Assert.DoesNotContain("zanzibar", viewer.Message ?? string.Empty, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("zanzibarian", lead.CorrectedQuery);
    }

    [Fact]
    public void ASlipInOnePartOfAHyphenatedWordIsCorrectedAndTheHyphenKept()
    {
        _index.Add("plan", "Co-production with parent carers shaped the short-breaks offer.")
            .Add("other", "Production of the annual report was delayed.")
            .Commit();

        var slipped = _index.Search("co-prodution parent carers");
        var asWritten = _index.Search("co-production parent carers");

        Assert.Equal("co-production parent carers", slipped.CorrectedQuery);
        Assert.Contains("Did you mean", slipped.Message, StringComparison.Ordinal);
        Assert.Equal("plan", slipped.Hits[0].DocumentId);
        Assert.Null(asWritten.CorrectedQuery);
    }

    [Fact]
    public void AGlossaryWordNoPassageHoldsIsSearchedThroughTheGlossaryNotCorrected()
    {
        // "overdue" is two letters from "oversee", which the evidence uses beside "actions"; the glossary knows it.
        _index.Add("rag", "Red means that the action is off track and needs the board's attention.")
            .Add("board", "Leaders oversee actions through the improvement board.")
            .Commit();

        var results = _index.Search("overdue actions");

        Assert.Null(results.CorrectedQuery);
        Assert.Equal("rag", results.Hits[0].DocumentId);
    }

    [Fact]
    public void AnEverydayWordNoPassageHoldsIsLeftAsTypedWhileASlipIsStillCorrected()
    {
        // "drive" is one letter from "drove", which the evidence uses beside "recruitment"; "drive" is an English word.
        _index.Add("campaign", "The recruitment campaign drove enquiries from forty households.")
            .Add("panel", "The fostering panel approved six new carers.")
            .Commit();

        var everyday = _index.Search("recruitment drive");
        var slipped = _index.Search("recruitmnet drove");

        Assert.Null(everyday.CorrectedQuery);
        Assert.DoesNotContain("Did you mean", everyday.Message ?? string.Empty, StringComparison.Ordinal);
        Assert.Contains("\"drive\"", everyday.Message, StringComparison.Ordinal);
        Assert.Equal("campaign", everyday.Hits[0].DocumentId);
        Assert.Equal("recruitment drove", slipped.CorrectedQuery);
    }

    public void Dispose() => _index.Dispose();
}
