using Inspection.Readiness.Findings;

namespace Inspection.Readiness.Tests.Findings;

public sealed class MatterSimilarityTests
{
    [Fact]
    public void AbbreviationsAndPluralsMeetTheirSpelledOutForms()
    {
        var score = MatterSimilarity.Cosine("The quality of EHCPs", "the quality of education health and care plans");

        Assert.True(score > FindingHistoryLinker.Threshold, $"score {score}");
    }

    [Fact]
    public void DifferentWeaknessesOfOneLetterScoreBelowTheThreshold()
    {
        var score = MatterSimilarity.Cosine(
            "the lack of clearly understood and effective lines of accountability",
            "the lack of effective co-production at all levels.");

        Assert.True(score < FindingHistoryLinker.Threshold, $"score {score}");
    }
}
