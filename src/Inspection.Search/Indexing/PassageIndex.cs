using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Inspection.Search.Analysis;

namespace Inspection.Search.Indexing;

/// <summary>
/// Owns the one IndexWriter and the near-real-time SearcherManager over the local passages index; or, when another process
/// holds it and <see cref="SearchOptions.ReadWhenHeld"/> is set, a reader of its last commit that never writes.
/// </summary>
public sealed class PassageIndex : IDisposable
{
    /// <summary>
    /// The index's field layout, kept in each commit's user data. An index written with another layout is emptied on
    /// open and refilled from the store (its outbox cursor goes back to the start), because its queries would miss.
    /// </summary>
    public const string Layout = "2";

    private const string LayoutKey = "layout";

    // Present while the index is being refilled from the store after it was found unreadable.
    private const string RebuildMarkerName = "rebuild.pending";

    private static readonly Dictionary<string, string> LayoutData = new(StringComparer.Ordinal) { [LayoutKey] = Layout };
    private readonly Lucene.Net.Store.Directory _directory;
    private readonly IndexWriter? _writer;
    private readonly SearcherManager _searchers;
    private readonly ILogger _logger;
    private readonly string _path;
    private readonly string _rebuildMarker;
    private readonly TimeSpan _lockWait;
    private readonly System.Threading.Lock _generationLock = new();
    private long _generation;
    private long _readerVersion;
    private volatile bool _rebuildPending;
    private bool _disposed;

    public PassageIndex(IOptions<SearchOptions> options, InspectionAnalyzer analyzer, ILogger<PassageIndex>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(analyzer);
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _path = Path.GetFullPath(options.Value.IndexDirectory);
        _rebuildMarker = Path.Combine(_path, RebuildMarkerName);
        _lockWait = TimeSpan.FromSeconds(options.Value.IndexLockWaitSeconds);
        BlockMaxima = new Pruning.BlockMaxima(options.Value.PruningMegabytes * 1024L * 1024L);
        System.IO.Directory.CreateDirectory(_path);
        try
        {
            (_directory, _writer, _searchers) = Open(analyzer);
        }
        catch (LockObtainFailedException) when (options.Value.ReadWhenHeld && TryOpenToRead() is { } reading)
        {
            (_directory, _writer, _searchers) = (reading.Directory, null, reading.Searchers);
        }
        catch (Exception ex) when (IndexFiles.IsUnreadable(ex))
        {
            // The index is derived data: keep the unreadable one for inspection and start an empty one that the store
            // refills. The marker goes in first, so a crash before the rebuild ends leaves it to be done on the next open.
            MovedAsideTo = IndexFiles.MoveAside(_path, DateTimeOffset.UtcNow);
            _logger.IndexUnreadable(_path, MovedAsideTo, ex.Message.ReplaceLineEndings(" "), ex);
            System.IO.Directory.CreateDirectory(_path);
            File.WriteAllText(_rebuildMarker, MovedAsideTo);
            (_directory, _writer, _searchers) = Open(analyzer);
        }

        _rebuildPending = File.Exists(_rebuildMarker);
        _readerVersion = CurrentReaderVersion();
        var passages = ReadAny(searcher => searcher.IndexReader.NumDocs);
        _logger.IndexOpened(_path, passages);
    }

    /// <summary>
    /// True when another process holds the index and this one only reads its last commit: nothing here writes it, and
    /// changes that process has not yet committed are not seen.
    /// </summary>
    public bool IsReadOnly => _writer is null;

    /// <summary>BM25 at index and query time, so norms and scores agree.</summary>
    internal static PassageSimilarity Similarity { get; } = new();

    public string IndexDirectory => _path;

    /// <summary>
    /// True from the moment an unreadable index was moved aside until the store has refilled the new one: searches
    /// throw <see cref="IndexRebuildingException"/> meanwhile rather than answer from a partial index.
    /// </summary>
    public bool RebuildPending => _rebuildPending;

    /// <summary>Where this process moved an unreadable index when it opened, or null.</summary>
    public string? MovedAsideTo { get; }

    /// <summary>Per-segment score bounds of the words searched for, kept while their segments live.</summary>
    public Pruning.BlockMaxima BlockMaxima { get; }

    /// <summary>Per-segment passages of the filters and security clauses searched with, kept while their segments live.</summary>
    public Query.FilterCache Filters { get; } = new();

    /// <summary>Increases whenever a refresh exposes a changed reader; caches of query results key on it.</summary>
    public long Generation
    {
        get
        {
            lock (_generationLock)
            {
                return _generation;
            }
        }
    }

    /// <summary>Replaces every passage of a document atomically (delete by documentId, then add).</summary>
    public void UpsertDocument(string documentId, IReadOnlyList<IndexedPassage> passages)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(documentId);
        ArgumentNullException.ThrowIfNull(passages);
        var wrong = passages.FirstOrDefault(p => !string.Equals(p.DocumentId, documentId, StringComparison.Ordinal));
        if (wrong is not null)
        {
            throw new ArgumentException($"Passage {wrong.PassageId} belongs to {wrong.DocumentId}, not {documentId}", nameof(passages));
        }

        Writer.UpdateDocuments(new Term(PassageFields.DocumentId, documentId), passages.Select(PassageDocumentBuilder.Build));
    }

    public void DeleteDocument(string documentId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(documentId);
        Writer.DeleteDocuments(new Term(PassageFields.DocumentId, documentId));
    }

    public void DeleteAll()
    {
        Writer.DeleteAll();
        _logger.IndexCleared(_path);
    }

    /// <summary>Makes the changes durable; searches see them after <see cref="Refresh"/> already.</summary>
    public void Commit()
    {
        Writer.SetCommitData(LayoutData);
        Writer.Commit();
    }

    // The writer, which a read-only index does not have: writing then fails as if the lock were asked for now.
    private IndexWriter Writer => _writer ?? throw new LockObtainFailedException($"the search index in {_path} is held by another process");

    /// <summary>Opens a near-real-time reader over the writer's changes; call after each batch.</summary>
    public void Refresh()
    {
        _searchers.MaybeRefreshBlocking();
        var version = CurrentReaderVersion();
        lock (_generationLock)
        {
            if (version != _readerVersion)
            {
                _readerVersion = version;
                _generation++;
            }
        }
    }

    /// <summary>Runs a read against one consistent searcher and releases it.</summary>
    public TResult Read<TResult>(Func<IndexSearcher, TResult> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (_rebuildPending)
        {
            throw new IndexRebuildingException();
        }

        return ReadAny(read);
    }

    /// <summary>Marks the rebuild done: the refilled index is committed and answers searches again.</summary>
    internal void RebuildFinished()
    {
        if (File.Exists(_rebuildMarker))
        {
            File.Delete(_rebuildMarker);
        }

        _rebuildPending = false;
    }

    private TResult ReadAny<TResult>(Func<IndexSearcher, TResult> read)
    {
        var searcher = _searchers.Acquire();
        try
        {
            return read(searcher);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>Number of passages visible to searches now.</summary>
    public int PassageCount => Read(searcher => searcher.IndexReader.NumDocs);

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _searchers.Dispose();
        _writer?.Dispose();
        _directory.Dispose();
    }

    private (Lucene.Net.Store.Directory Directory, IndexWriter Writer, SearcherManager Searchers) Open(InspectionAnalyzer analyzer)
    {
        var directory = new StoredFieldsDirectory(FSDirectory.Open(new DirectoryInfo(_path), new ExclusiveLockFactory(_path)));
        IndexWriter? writer = null;
        try
        {
            var config = new IndexWriterConfig(InspectionAnalyzer.Version, analyzer)
            {
                OpenMode = OpenMode.CREATE_OR_APPEND,
                Similarity = Similarity,
                WriteLockTimeout = (long)_lockWait.TotalMilliseconds,
            };
            writer = new IndexWriter(directory, config);
            // Holding the write lock: a file cut short fails here, at open, and not in some later search.
            IndexFiles.CheckFooters(directory);
            ResetIfOtherLayout(writer);
            return (directory, writer, new SearcherManager(writer, applyAllDeletes: true, new Bm25SearcherFactory()));
        }
        catch (Exception) when (Release(writer, directory))
        {
            throw;
        }
    }

    // Another process holds the writer: its last commit, read through the same directory wrapper, or null when it has none
    // yet (an index not yet written, or one being refilled) or it cannot be read, so the lock failure is reported instead.
    private (Lucene.Net.Store.Directory Directory, SearcherManager Searchers)? TryOpenToRead()
    {
        if (File.Exists(_rebuildMarker))
        {
            return null;
        }

        var directory = new StoredFieldsDirectory(FSDirectory.Open(new DirectoryInfo(_path), new ExclusiveLockFactory(_path)));
        try
        {
            if (!DirectoryReader.IndexExists(directory))
            {
                directory.Dispose();
                return null;
            }

            return (directory, new SearcherManager(directory, new Bm25SearcherFactory()));
        }
        catch (IOException ex)
        {
            _logger.IndexReleaseFailed(_path, ex.Message);
            directory.Dispose();
            return null;
        }
    }

    // Lets go of a half-opened index without committing anything to it; returns false so the open's exception goes on.
    private bool Release(IndexWriter? writer, Lucene.Net.Store.Directory directory)
    {
        try
        {
            writer?.Rollback();
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or ObjectDisposedException)
        {
            // Rolling back an unreadable index can fail too; its lock is released either way.
            _logger.IndexReleaseFailed(_path, ex.Message);
        }

        directory.Dispose();
        return false;
    }

    private void ResetIfOtherLayout(IndexWriter writer)
    {
        var found = writer.CommitData.TryGetValue(LayoutKey, out var layout) ? layout : "0 (unversioned)";
        if (string.Equals(found, Layout, StringComparison.Ordinal) || writer.MaxDoc == 0)
        {
            return;
        }

        // Cursor first: a crash before the commit below leaves the old index to be reset again on the next open.
        new IndexCursor(_path).Write(0);
        writer.DeleteAll();
        writer.SetCommitData(LayoutData);
        writer.Commit();
        _logger.IndexLayoutChanged(_path, found, Layout);
    }

    private long CurrentReaderVersion() => ReadAny(searcher => ((DirectoryReader)searcher.IndexReader).Version);

    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new PassageSearcher(reader);
    }
}
