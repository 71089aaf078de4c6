using Inspection.Search.Tests.Corpus;

namespace Inspection.Search.Tests.Results;

[Collection(CorpusGroup.Name)]
public sealed class SecurityTrimmingTests(CorpusIndex corpus)
{
    private const string PersonalPhrase = "Lack of clarity around decisions made";

    [Fact]
    public void APersonalPassageIsFoundOnlyByCallersAllowedToSeeIt()
    {
        var allowed = corpus.Search($"\"{PersonalPhrase}\"", CorpusDocuments.Everyone);
        var restricted = corpus.Search($"\"{PersonalPhrase}\"", CorpusDocuments.WithoutPersonal);

        Assert.Contains(allowed.Hits, h => h.DocumentId == CorpusDocuments.Complaints);
        Assert.Equal(0, restricted.Total);
        Assert.Empty(restricted.Hits);
    }

    [Fact]
    public void HitsTotalsFacetsAndSnippetsNeverRevealRestrictedPassages()
    {
        var request = new SearchRequest { Query = "complaints", AllowedClassifications = CorpusDocuments.WithoutPersonal, Top = 1000, Facets = true };

        var restricted = corpus.Service.Search(request);
        var everyone = corpus.Service.Search(request with { AllowedClassifications = CorpusDocuments.Everyone });

        var visible = corpus.Passages.Where(p => p.Classification != "Personal").Select(p => p.PassageId).ToHashSet();
        Assert.NotEmpty(restricted.Hits);
        Assert.All(restricted.Hits, h => Assert.Contains(h.PassageId, visible));
        Assert.True(everyone.Total > restricted.Total);
        Assert.Equal(restricted.Hits.Count, restricted.Total);
        Assert.DoesNotContain(restricted.Facets!.Themes, f => f.Value == "ilacs/complaints");
        Assert.Contains(everyone.Facets!.Themes, f => f.Value == "ilacs/complaints");
        Assert.Equal(restricted.Total, restricted.Facets.Kinds.Sum(k => k.Count));
        Assert.All(restricted.Hits, h => Assert.False(TextAssert.Mentions(h.Snippet + h.Text, PersonalPhrase)));
    }

    [Fact]
    public void GroupedResultsCountOnlyVisibleDocuments()
    {
        var request = new SearchRequest { Query = "complaint", AllowedClassifications = CorpusDocuments.WithoutPersonal, GroupByDocument = true, Top = 100 };

        var results = corpus.Service.Search(request);

        Assert.DoesNotContain(results.Hits, h => h.DocumentId == CorpusDocuments.Complaints);
        Assert.Equal(results.Hits.Count, results.Total);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void NoAllowedClassificationMeansNothingIsVisible(bool empty)
    {
        var results = corpus.Service.Search(new SearchRequest { Query = "children", AllowedClassifications = empty ? [] : null, Facets = true });

        Assert.Equal(0, results.Total);
        Assert.Empty(results.Hits);
        Assert.Contains("Nothing is visible", results.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownClassificationSeesNothing()
    {
        var results = corpus.Search("children", ["Secret"]);

        Assert.Equal(0, results.Total);
    }

    [Fact]
    public void MoreLikeThisFindsSimilarPassagesOfOtherDocumentsWithinTheCallersRights()
    {
        var source = corpus.Passages.First(p => p.DocumentId == CorpusDocuments.FocusedVisit && TextAssert.Mentions(p.Text, "return home interview (RHI)"));

        var similar = corpus.Service.MoreLikeThis(source.PassageId, CorpusDocuments.WithoutPersonal);

        Assert.NotEmpty(similar.Hits);
        Assert.All(similar.Hits, h => Assert.NotEqual(CorpusDocuments.FocusedVisit, h.DocumentId));
        Assert.All(similar.Hits, h => Assert.NotEqual(CorpusDocuments.Complaints, h.DocumentId));
    }

    [Fact]
    public void MoreLikeThisDoesNotReadAPassageTheCallerCannotSee()
    {
        var personal = corpus.Passages.First(p => p.DocumentId == CorpusDocuments.Complaints);

        var restricted = corpus.Service.MoreLikeThis(personal.PassageId, CorpusDocuments.WithoutPersonal);
        var allowed = corpus.Service.MoreLikeThis(personal.PassageId, CorpusDocuments.Everyone);

        Assert.Empty(restricted.Hits);
        Assert.Equal("The passage was not found.", restricted.Message);
        Assert.NotEmpty(allowed.Hits);
    }
}
