using Inspection.Content.Evidence;
using Inspection.Search.Analysis;
using Inspection.Search.Indexing;
using Inspection.Search.Tests.Corpus;
using Microsoft.Extensions.Options;

namespace Inspection.Search.Tests.Indexing;

public sealed class PassageIndexTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly InspectionAnalyzer _analyzer = new();
    private readonly IOptions<SearchOptions> _options;
    private PassageIndex _index;
    private SearchService _service;

    public PassageIndexTests()
    {
        _options = Options.Create(new SearchOptions { IndexDirectory = Path.Combine(_folder.Path, "index") });
        (_index, _service) = Open();
    }

    [Fact]
    public void DeletingADocumentRemovesItsPassagesFromResultsAfterRefresh()
    {
        var revisit = Corpus(CorpusDocuments.SendRevisit);
        _index.UpsertDocument(CorpusDocuments.SendRevisit, revisit);
        _index.UpsertDocument(CorpusDocuments.LeadMember, Corpus(CorpusDocuments.LeadMember));
        _index.Refresh();
        var before = Search("\"accelerated progress plan\"");

        _index.DeleteDocument(CorpusDocuments.SendRevisit);
        _index.Refresh();
        var after = Search("\"accelerated progress plan\"");

        Assert.Contains(before.Hits, h => h.DocumentId == CorpusDocuments.SendRevisit);
        Assert.NotEmpty(after.Hits);
        Assert.DoesNotContain(after.Hits, h => h.DocumentId == CorpusDocuments.SendRevisit);
        Assert.Equal(before.Total - before.Hits.Count(h => h.DocumentId == CorpusDocuments.SendRevisit), after.Total);
    }

    [Fact]
    public void UpsertReplacesEveryPassageOfTheDocument()
    {
        _index.UpsertDocument("doc-1", [Passage("doc-1", "p1", "The quarterly fostering sufficiency update."), Passage("doc-1", "p2", "Kinship carers and fostering households.")]);
        _index.Refresh();
        _index.UpsertDocument("doc-1", [Passage("doc-1", "p3", "Replaced text about adoption panels.")]);
        _index.Refresh();

        Assert.Equal(0, Search("fostering").Total);
        Assert.Equal("p3", Assert.Single(Search("adoption").Hits).PassageId);
        Assert.Equal(1, _index.PassageCount);
    }

    [Fact]
    public void ChangesAreInvisibleUntilRefreshAndEachVisibleChangeAdvancesTheGeneration()
    {
        var start = _index.Generation;
        _index.UpsertDocument("doc-1", [Passage("doc-1", "p1", "Return home interviews were offered to every child.")]);

        Assert.Equal(0, Search("interviews").Total);
        _index.Refresh();
        Assert.Equal(1, Search("interviews").Total);
        Assert.Equal(start + 1, _index.Generation);
        _index.Refresh();
        Assert.Equal(start + 1, _index.Generation);
    }

    [Fact]
    public void CommittedPassagesSurviveReopeningAndDeleteAllEmptiesTheIndex()
    {
        _index.UpsertDocument("doc-1", [Passage("doc-1", "p1", "Corporate parenting panel minutes.")]);
        _index.Commit();
        _index.Dispose();
        (_index, _service) = Open();

        Assert.Equal(1, Search("corporate parenting").Total);
        _index.DeleteAll();
        _index.Refresh();
        Assert.Equal(0, _index.PassageCount);
    }

    [Fact]
    public void AnIndexWrittenInAnEarlierLayoutIsEmptiedAndItsCursorSentBackToTheStart()
    {
        _index.Dispose();
        var path = _options.Value.IndexDirectory;
        // An index as the first layout wrote it: passages but no layout in the commit data, and a cursor well along.
        using (var directory = Lucene.Net.Store.FSDirectory.Open(new DirectoryInfo(path)))
        using (var writer = new Lucene.Net.Index.IndexWriter(directory, new Lucene.Net.Index.IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, _analyzer)))
        {
            writer.DeleteAll();
            writer.AddDocument([new Lucene.Net.Documents.TextField(PassageFields.Text, "Corporate parenting panel minutes.", Lucene.Net.Documents.Field.Store.YES)]);
            writer.Commit();
        }

        new IndexCursor(path).Write(42);

        (_index, _service) = Open();

        Assert.Equal(0, _index.PassageCount);
        Assert.Equal(0, new IndexCursor(path).Read());
        _index.UpsertDocument("doc-1", [Passage("doc-1", "p1", "Corporate parenting panel minutes.")]);
        _index.Commit();
        _index.Dispose();
        new IndexCursor(path).Write(7);
        (_index, _service) = Open();
        Assert.Equal(1, Search("corporate parenting").Total);
        Assert.Equal(7, new IndexCursor(path).Read());
    }

    [Fact]
    public void EachPassageOfADocumentKeepsItsOwnFieldsAndOptionalOnesDoNotCarryOver()
    {
        // The builder reuses field instances from passage to passage: nothing of one may reach the next.
        var full = Passage("doc-1", "p1", "Caseloads in the assessment team fell.", isFinding: true) with { Themes = ["ilacs/leaders/workforce"], PageFrom = 3, PageTo = 4 };
        var bare = Passage("doc-1", "p2", "Supervision records were up to date.") with { DocumentDate = null, Organisation = null, SourceFile = null, PageFrom = 7, PageTo = 7 };
        _index.UpsertDocument("doc-1", [full, bare]);
        _index.Refresh();

        var hits = Search("caseloads OR supervision").Hits.ToDictionary(h => h.PassageId);

        Assert.Equal(2, hits.Count);
        Assert.Equal((3, 4, true, (DateOnly?)new DateOnly(2024, 5, 1), "Test Council", "test.txt"), (hits["p1"].PageFrom, hits["p1"].PageTo, hits["p1"].IsFinding, hits["p1"].Date, hits["p1"].Organisation, hits["p1"].SourceFile));
        Assert.Equal((7, 7, false, (DateOnly?)null, (string?)null, (string?)null), (hits["p2"].PageFrom, hits["p2"].PageTo, hits["p2"].IsFinding, hits["p2"].Date, hits["p2"].Organisation, hits["p2"].SourceFile));
        Assert.Equal(1, Search("theme:ilacs/leaders/workforce").Total);
        Assert.Equal(1, Search("after:2024-01-01 supervision OR caseloads").Total);
    }

    [Fact]
    public void SnippetsEscapeHtmlInTheStoredText()
    {
        _index.UpsertDocument("doc-1", [Passage("doc-1", "p1", "Staff wrote <script>alert('x')</script> & the caseload audit fell.")]);
        _index.Refresh();

        var hit = Assert.Single(Search("caseload").Hits);

        Assert.DoesNotContain("<script>", hit.Snippet, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", hit.Snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>caseload</mark>", hit.Snippet, StringComparison.Ordinal);
        Assert.Contains("**caseload**", hit.SnippetText, StringComparison.Ordinal);
    }

    [Fact]
    public void FindingsRankAboveOtherwiseEqualPassages()
    {
        _index.UpsertDocument("doc-1", [Passage("doc-1", "plain", "Transition planning for care leavers starts too late.")]);
        _index.UpsertDocument("doc-2", [Passage("doc-2", "finding", "Transition planning for care leavers starts too late.", isFinding: true)]);
        _index.Refresh();

        var results = Search("transition planning");

        Assert.Equal(["finding", "plain"], results.Hits.Select(h => h.PassageId));
    }

    [Fact]
    public void AFindingWinsANearTieButNotAgainstAPassageAboutTheWords()
    {
        _index.UpsertDocument("doc-1", [Passage("doc-1", "about", "Supervision is monthly, supervision records are reflective and supervision challenges drift.")]);
        _index.UpsertDocument("doc-2", [Passage("doc-2", "finding", "Leaders reviewed recruitment, retention, training, caseloads, audits, budgets, accommodation and, briefly, supervision.", isFinding: true)]);
        _index.Refresh();

        var results = Search("supervision");

        Assert.Equal(["about", "finding"], results.Hits.Select(h => h.PassageId));
    }

    public void Dispose()
    {
        _index.Dispose();
        _analyzer.Dispose();
        _folder.Dispose();
    }

    private (PassageIndex Index, SearchService Service) Open()
    {
        var index = new PassageIndex(_options, _analyzer);
        return (index, new SearchService(index, new GlossaryProvider(RepoPaths.GlossaryRecipe, _analyzer), _analyzer, _options));
    }

    private SearchResults Search(string query) =>
        _service.Search(new SearchRequest { Query = query, AllowedClassifications = CorpusDocuments.Everyone, Top = 100 });

    private static List<IndexedPassage> Corpus(string documentId) =>
        PdfPassageBuilder.Build(CorpusDocuments.All.Single(d => d.DocumentId == documentId));

    private static IndexedPassage Passage(string documentId, string passageId, string text, bool isFinding = false) =>
        new(passageId, documentId, documentId + "-v1", "Test document", "Other", new DateOnly(2024, 5, 1), "Test Council",
            Classifications.Official, [], "test.txt", "Test document", 1, 1, text, isFinding);
}
