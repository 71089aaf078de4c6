using System.Globalization;
using Xunit.Abstractions;

namespace Inspection.Relevance.Tests;

/// <summary>
/// Relevance cannot slip back unnoticed: on the held-out third, each group's MRR@10 stays above a floor taken from the
/// held-out figures when the floors were set (build/relevance/README.md), a little below them so that a harmless change
/// in extraction does not fail the build; no filter or classification ever leaks.
/// </summary>
[Collection(HarnessGroup.Name)]
public sealed class RelevanceFloorTests(HarnessFixture fixture, ITestOutputHelper output)
{
    [Theory]
    [InlineData("keyword", 0.91)]
    [InlineData("acronym", 0.87)]
    [InlineData("paraphrase", 0.34)]
    [InlineData("question", 0.75)]
    [InlineData("filtered", 0.89)]
    [InlineData("typo", 0.91)]
    public void HeldOutMrrStaysAboveItsFloor(string group, double floor)
    {
        var ours = fixture.Of(fixture.Harness.Product.Name, group, heldOut: true);
        var baseline = fixture.Of(fixture.Harness.Baseline.Name, group, heldOut: true);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{group}: ours {ours.Mrr:F3}, plain BM25 {baseline.Mrr:F3}, floor {floor:F2}"));

        Assert.True(ours.Mrr >= floor, string.Create(CultureInfo.InvariantCulture, $"{group} held-out MRR@10 {ours.Mrr:F3} is below its floor {floor:F2}"));
    }

    [Fact]
    public void NoEngineLeaksAFilteredOrRestrictedPassage()
    {
        var leaks = fixture.Outcomes.Where(o => o.Leaked).Select(o => $"{o.Engine}: line {o.Query.Line} {o.Query.Query}").ToList();

        Assert.True(leaks.Count == 0, string.Join(Environment.NewLine, leaks));
    }

    [Fact]
    public void OverallOursBeatsPlainBm25OnTheHeldOutThird()
    {
        var ours = fixture.Of(fixture.Harness.Product.Name, "all", heldOut: true);
        var baseline = fixture.Of(fixture.Harness.Baseline.Name, "all", heldOut: true);

        Assert.True(ours.Mrr > baseline.Mrr, string.Create(CultureInfo.InvariantCulture, $"ours {ours.Mrr:F3}, plain BM25 {baseline.Mrr:F3}"));
        Assert.True(ours.Recall >= baseline.Recall);
    }

    [Fact]
    public void MeaningSearchLiftsParaphrasesAboveTheWordsAloneOnTheHeldOutThird()
    {
        // Meaning search is on in the product's engine and is what finds passages written in other words.
        var ours = fixture.Of(fixture.Harness.Product.Name, "paraphrase", heldOut: true);
        var words = fixture.Of(fixture.Harness.WordsOnly.Name, "paraphrase", heldOut: true);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"paraphrase: ours {ours.Mrr:F3} / recall {ours.Recall:F3}, words only {words.Mrr:F3} / recall {words.Recall:F3}"));

        Assert.True(ours.Mrr > words.Mrr, string.Create(CultureInfo.InvariantCulture, $"ours {ours.Mrr:F3}, words only {words.Mrr:F3}"));
        Assert.True(ours.Recall > words.Recall, string.Create(CultureInfo.InvariantCulture, $"recall: ours {ours.Recall:F3}, words only {words.Recall:F3}"));
    }

    [Fact]
    public void EveryPassageOfTheCorpusWasEmbeddedForMeaningSearch()
    {
        Assert.Equal(fixture.Harness.Corpus.Passages.Count, fixture.Harness.Corpus.Embedding.Passages);
        Assert.True(fixture.Harness.Corpus.Embedding.DiskBytes > 384L * fixture.Harness.Corpus.Passages.Count);
    }
}
