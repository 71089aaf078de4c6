using Inspection.Search.Tests.Corpus;

namespace Inspection.Search.Tests.Analysis;

[Collection(CorpusGroup.Name)]
public sealed class GlossarySynonymSearchTests(CorpusIndex corpus)
{
    [Fact]
    public void LacFindsLookedAfterChildrenAndChildrenInCare()
    {
        var results = corpus.Search("LAC");

        Assert.Contains(results.Hits, h => TextAssert.Mentions(h.Text, "looked after children") && !TextAssert.Mentions(h.Text, "LAC"));
        Assert.Contains(results.Hits, h => TextAssert.Mentions(h.Text, "children in care") && !TextAssert.Mentions(h.Text, "looked after"));
    }

    [Fact]
    public void LookedAfterChildrenFindsTheAcronymsAndChildrenInCare()
    {
        var results = corpus.Search("looked after children");

        Assert.Contains(results.Hits, h => h.Text.Contains("(CLA)", StringComparison.Ordinal));
        Assert.Contains(results.Hits, h => TextAssert.Mentions(h.Text, "children in care") && !TextAssert.Mentions(h.Text, "looked after"));
    }

    [Fact]
    public void EhcpFindsTheLongFormAndEhcPlan()
    {
        var results = corpus.Search("EHCP");

        Assert.Contains(results.Hits, h => TextAssert.Mentions(h.Text, "education, health and care plan") && !TextAssert.Mentions(h.Text, "EHCP"));
        Assert.Contains(results.Hits, h => TextAssert.Mentions(h.Text, "EHC plan") && !TextAssert.Mentions(h.Text, "EHCP"));
    }

    [Fact]
    public void ReturnHomeInterviewsFindsRhiAndTheReverse()
    {
        var longForm = corpus.Search("return home interviews");
        var acronym = corpus.Search("RHI");

        Assert.Contains(longForm.Hits, h => h.Text.Contains("RHI", StringComparison.Ordinal));
        Assert.Contains(acronym.Hits, h => TextAssert.Mentions(h.Text, "return home interviews"));
        Assert.Contains(acronym.Hits, h => h.Snippet.Contains("<mark>RHI", StringComparison.Ordinal));
    }

    [Fact]
    public void MultiWordSynonymsMatchInBothDirections()
    {
        var camhs = corpus.Search("CAMHS waiting");
        var longForm = corpus.Search("\"emotional wellbeing and mental health services\"");
        var hub = corpus.Search("multi-agency safeguarding hub");

        Assert.Contains(camhs.Hits, h => h.Text.Contains("EWMHS", StringComparison.Ordinal));
        Assert.Contains(longForm.Hits, h => h.Text.Contains("EWMHS", StringComparison.Ordinal));
        Assert.Contains(hub.Hits, h => h.Text.Contains("MASH", StringComparison.Ordinal) && !TextAssert.Mentions(h.Text, "safeguarding hub"));
    }

    [Fact]
    public void SynonymMatchesAreMarkedInSnippets()
    {
        var results = corpus.Search("looked after children special educational needs");

        var top = results.Hits[0];
        Assert.Contains("<mark>looked after children</mark>", top.Snippet, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("**", top.SnippetText, StringComparison.Ordinal);
        Assert.DoesNotContain("<mark>", top.SnippetText, StringComparison.Ordinal);
    }

    [Fact]
    public void ASynonymInsideAQuotedPhraseIsExpanded()
    {
        var results = corpus.Search("\"LAC have some level of special educational needs\"");

        Assert.Contains(results.Hits, h => TextAssert.Mentions(h.Text, "looked after children have some level of special educational needs"));
    }
}
