using Inspection.Readiness.Findings;

namespace Inspection.Readiness.Tests.Findings;

public sealed class MatterSimilarityTests
{
    [Fact]
    public void AbbreviationsAndPluralsMeetTheirSpelledOutForms()
    {
        var score = MatterSimilarity.Score("The quality of EHCPs", "the quality of education health and care plans");

        Assert.True(score >= MatterSimilarity.Threshold, $"score {score}");
    }

    [Fact]
    public void DifferentWeaknessesOfOneLetterAreNotOneMatterThoughTheyShareWords()
    {
        // Two of Medway's 2017 weaknesses: "lack", "clearly" and "understood" in common, different matters.
        var score = MatterSimilarity.Score(
            "the lack of clearly understood and effective lines of accountability",
            "the lack of a clearly communicated strategy that is understood and shared by leaders across the area");

        Assert.Equal(0, score);
    }

    [Fact]
    public void AKeyPhraseKeptByALaterLetterMakesOneMatterDespiteNewWording()
    {
        var score = MatterSimilarity.Score(
            "The effectiveness of management oversight and supervision in ensuring that agreed actions are completed and that drift is challenged.",
            "The quality and consistency of management oversight and supervision, so that plans for children at risk of exploitation are reviewed promptly when risks escalate.");

        Assert.True(score > 0, $"score {score}");
        Assert.Equal(3, MatterSimilarity.LongestSharedRun(
            MatterSimilarity.Tokens("management oversight and supervision in ensuring"),
            MatterSimilarity.Tokens("consistency of management oversight and supervision, so that")));
    }
}
