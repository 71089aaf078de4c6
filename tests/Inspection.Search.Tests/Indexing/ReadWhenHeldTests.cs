using Inspection.Search.Analysis;
using Inspection.Search.Indexing;
using Inspection.Search.Tests.Corpus;
using Lucene.Net.Store;
using Microsoft.Extensions.Options;

namespace Inspection.Search.Tests.Indexing;

/// <summary>
/// Beside the process that holds the index (the web app on the same data folder), a command may open it to read only: it
/// searches the last commit and never writes; without the setting it is refused as before.
/// </summary>
public sealed class ReadWhenHeldTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly InspectionAnalyzer _analyzer = new();

    [Fact]
    public void ASecondOpenerReadsTheLastCommitAndCannotWrite()
    {
        var options = new SearchOptions { IndexDirectory = Path.Combine(_folder.Path, "index"), IndexLockWaitSeconds = 0 };
        var document = CorpusDocuments.All.Single(d => d.DocumentId == CorpusDocuments.SendRevisit);
        var passages = PdfPassageBuilder.Build(document);
        using var owner = new PassageIndex(Options.Create(options), _analyzer);
        owner.UpsertDocument(document.DocumentId, passages);
        owner.Commit();
        owner.Refresh();
        var files = Snapshot(options.IndexDirectory);

        Assert.Throws<LockObtainFailedException>(() => new PassageIndex(Options.Create(options), _analyzer));
        using var reader = new PassageIndex(Options.Create(new SearchOptions { IndexDirectory = options.IndexDirectory, IndexLockWaitSeconds = 0, ReadWhenHeld = true }), _analyzer);

        Assert.True(reader.IsReadOnly);
        Assert.False(owner.IsReadOnly);
        Assert.Equal(passages.Count, reader.PassageCount);
        var service = new SearchService(reader, new GlossaryProvider(RepoPaths.GlossaryRecipe, _analyzer), _analyzer, Options.Create(options));
        Assert.NotEmpty(service.Search(new SearchRequest { Query = "written statement of action", AllowedClassifications = CorpusDocuments.Everyone }).Hits);
        Assert.Throws<LockObtainFailedException>(() => reader.UpsertDocument(document.DocumentId, passages));
        Assert.Throws<LockObtainFailedException>(() => reader.DeleteDocument(document.DocumentId));
        Assert.Throws<LockObtainFailedException>(reader.Commit);
        Assert.Equal(files, Snapshot(options.IndexDirectory));

        // What the owner commits later is seen after a refresh; what it has not committed is not.
        owner.DeleteDocument(document.DocumentId);
        owner.Refresh();
        reader.Refresh();
        Assert.Equal(passages.Count, reader.PassageCount);
        owner.Commit();
        reader.Refresh();
        Assert.Equal(0, reader.PassageCount);
    }

    [Fact]
    public void AnIndexNobodyHasCommittedYetIsRefusedNotReadAsEmpty()
    {
        var options = new SearchOptions { IndexDirectory = Path.Combine(_folder.Path, "fresh"), IndexLockWaitSeconds = 0 };
        using var owner = new PassageIndex(Options.Create(options), _analyzer);

        Assert.Throws<LockObtainFailedException>(() => new PassageIndex(Options.Create(new SearchOptions { IndexDirectory = options.IndexDirectory, IndexLockWaitSeconds = 0, ReadWhenHeld = true }), _analyzer));
    }

    public void Dispose()
    {
        _analyzer.Dispose();
        _folder.Dispose();
    }

    private static Dictionary<string, long> Snapshot(string folder) =>
        System.IO.Directory.GetFiles(folder).ToDictionary(f => Path.GetFileName(f), f => new FileInfo(f).Length, StringComparer.Ordinal);
}
