using Inspection.Ingestion.Enrichment;
using Inspection.Ingestion.Extraction;
using Inspection.Ingestion.Formats;
using Inspection.Ingestion.Segmentation;

namespace Inspection.Ingestion.Tests.Zoo;

public sealed class ZooScorerTests
{
    [Fact]
    public void SentencesGluedToTheirNeighboursAreNotWhole()
    {
        // Yarnley's text box, as it first came out: each sentence is inside the passage, but "2026" and "Start" are one word.
        var passages = new[] { new PassageDraft(0, "Priorities", 1, 1, "We will publish a new offer for 2026Start pathway plans at fifteen.Offer every care leaver a named adviser.") };

        var checks = Sentences(passages, "We will publish a new offer for 2026.", "Start pathway plans at fifteen.", "Offer every care leaver a named adviser.");

        Assert.Equal([false, false, false], checks.Select(c => c.Ok));
    }

    [Fact]
    public void SentencesBetweenSpacesAndPunctuationAreWhole()
    {
        var passages = new[] { new PassageDraft(0, "Priorities", 1, 1, "We will publish a new offer for 2026. Start pathway plans at fifteen (\"Offer every care leaver a named adviser\").") };

        var checks = Sentences(passages, "We will publish a new offer for 2026.", "Start pathway plans at fifteen", "Offer every care leaver a named adviser.");

        Assert.All(checks, c => Assert.True(c.Ok, c.Expected));
    }

    [Fact]
    public void ANonBreakingHyphenInASentenceIsTheHyphenAReaderSees()
    {
        // A source's "multi&#8209;agency" prints as "multi-agency", which is what ingestion keeps.
        var passages = new[] { new PassageDraft(0, "Areas covered", 1, 1, "Cases move between the multi-agency safeguarding hub and the assessment teams.") };

        var checks = Sentences(passages, "Cases move between the multi\u2011agency safeguarding hub and the assessment teams.");

        Assert.True(Assert.Single(checks).Ok);
    }

    private static List<ZooCheck> Sentences(IReadOnlyList<PassageDraft> passages, params string[] sentences)
    {
        var document = new ExtractedDocument("glued.html", FileFormat.Html, 1, [], null);
        var metadata = new DocumentEnricher().Enrich(document);
        var expected = new ZooExpectation { Split = "tuned" };

        return [.. ZooScorer.Score("glued", expected, document, metadata, passages, sentences).Where(c => c.Field == ZooScorer.Sentences)];
    }
}
