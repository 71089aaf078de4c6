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
