using System.Collections.Concurrent;
using System.Globalization;
using Inspection.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Inspection.Search.Meaning;

/// <summary>
/// Meaning search beside the passages index: every indexed passage gets a vector from a local embedding model, in the
/// background and after the index has it (ingestion never waits for the model); a search asks for the passages nearest
/// its words' meaning. Vectors live in <c>{index}.vectors/</c> and are rebuilt from the index when missing or made by
/// another model. Off when <see cref="SearchOptions.MeaningSearch"/> is false.
/// </summary>
public sealed class MeaningIndex : IDisposable
{
    private const int BatchSize = 16;

    // How many nearest passages pseudo-relevance feedback scores again with the moved query.
    private const int FeedbackPool = 200;

    // Query vectors kept for searches asked again (the next page, a filter added, the same words by someone else): the
    // model's inference is most of a meaning search's cost. Forgotten all at once when full: 1,024 take 1.6 MB.
    private const int CachedQueries = 1024;
    private readonly ConcurrentDictionary<string, float[]> _queryVectors = new(StringComparer.Ordinal);
    private readonly PassageIndex _index;
    private readonly IPassageEmbedder _embedder;
    private readonly ILogger _logger;
    private readonly Lazy<PassageVectors> _vectors;
    private readonly SemaphoreSlim _catchUp = new(1, 1);

    private readonly PlainEnglishProvider? _plainEnglish;
    private readonly int _windowSentences;
    private readonly int _feedbackPassages;
    private readonly float _feedbackWeight;

    public MeaningIndex(PassageIndex index, IPassageEmbedder embedder, IOptions<SearchOptions> options, ILogger<MeaningIndex>? logger = null, PlainEnglishProvider? plainEnglish = null)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(embedder);
        ArgumentNullException.ThrowIfNull(options);
        _index = index;
        _embedder = embedder;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _plainEnglish = plainEnglish;
        Enabled = options.Value.MeaningSearch;
        _windowSentences = options.Value.MeaningWindowSentences;
        _feedbackPassages = options.Value.MeaningFeedbackPassages;
        _feedbackWeight = (float)options.Value.MeaningFeedbackWeight;
        // Vectors made with other windows are not comparable either: the store starts again when the setting changes.
        var model = _windowSentences > 0 ? string.Create(CultureInfo.InvariantCulture, $"{embedder.Model} windows-{_windowSentences}") : embedder.Model;
        var shortlist = options.Value.MeaningShortlist;
        _vectors = new(() => new PassageVectors(index.IndexDirectory.TrimEnd(Path.DirectorySeparatorChar) + ".vectors", model, embedder.Dimensions, shortlist, readOnly: index.IsReadOnly));
    }

    public bool Enabled { get; }

    public PassageVectors Vectors => _vectors.Value;

    /// <summary>Indexed passages without a vector yet (approximate while a catch-up runs).</summary>
    public int Pending => Enabled ? Math.Max(0, _index.PassageCount - Vectors.Count) : 0;

    /// <summary>
    /// Embeds up to <paramref name="maxPassages"/> indexed passages that have no vector, in small batches, and drops the
    /// vectors of passages the index no longer holds. Returns how many were embedded. One catch-up at a time.
    /// </summary>
    public async Task<int> CatchUpAsync(int maxPassages, CancellationToken cancellationToken)
    {
        // While the index is refilled it holds only part of the passages: their vectors must not be thrown away.
        if (!Enabled || _index.RebuildPending)
        {
            return 0;
        }

        if (_index.IsReadOnly)
        {
            // The process that holds the index embeds its passages; this one only reads what it has written.
            throw new Lucene.Net.Store.LockObtainFailedException($"the search index in {_index.IndexDirectory} is held by another process, which embeds its passages");
        }

        await _catchUp.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var (pending, live) = _index.Read(searcher => Unembedded(searcher, maxPassages));
            Vectors.Keep(live);
            var done = 0;
            // A batch is padded to its longest passage: passages of like length together waste least.
            foreach (var batch in pending.OrderBy(p => Math.Min(p.Text.Length, LocalSentenceEmbedder.PassageCharacters)).Chunk(BatchSize))
            {
                cancellationToken.ThrowIfCancellationRequested();
                // Each passage as a whole, then its windows of a few sentences: the passage is as near as its nearest.
                var texts = batch.Select(p => (IReadOnlyList<string>)[p.Text, .. PassageWindows.Split(p.Text, _windowSentences)]).ToList();
                var vectors = _embedder.EmbedPassages([.. texts.SelectMany(t => t)], cancellationToken);
                var next = 0;
                Vectors.AddPassages([.. batch.Select((p, i) =>
                {
                    var rows = vectors.Skip(next).Take(texts[i].Count).ToList();
                    next += texts[i].Count;
                    return (p.PassageId, (IReadOnlyList<float[]>)rows);
                })]);
                done += batch.Length;
            }

            if (done > 0)
            {
                _logger.MeaningCaughtUp(done, Pending);
            }

            return done;
        }
        finally
        {
            _catchUp.Release();
        }
    }

    /// <summary>The passage ids nearest the query's meaning, best first, with their similarity (cosine).</summary>
    public IReadOnlyList<(string PassageId, float Similarity)> Nearest(string query, int count, CancellationToken cancellationToken) =>
        Nearest(query, count, feedback: true, cancellationToken);

    /// <summary>
    /// As <see cref="Nearest(string, int, CancellationToken)"/>; without <paramref name="feedback"/> the query vector is
    /// not moved toward its nearest passages (see <see cref="SearchOptions.MeaningFeedbackPassages"/>).
    /// </summary>
    public IReadOnlyList<(string PassageId, float Similarity)> Nearest(string query, int count, bool feedback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!Enabled || Vectors.Count == 0)
        {
            return [];
        }

        // Everyday words get the sector's terms beside them, so the model meets the words the evidence uses.
        var expanded = _plainEnglish?.Expand(query) ?? query;
        var vector = QueryVector(expanded, cancellationToken);
        if (!feedback || _feedbackPassages <= 0 || _feedbackWeight <= 0)
        {
            return Vectors.Nearest(vector, count);
        }

        // Pseudo-relevance feedback (Rocchio): the query moves toward the mean of its nearest passages, which share the
        // evidence's own wording, and the candidates a wider first scan found are scored again with the moved query.
        var first = Vectors.Nearest(vector, Math.Max(count, FeedbackPool));
        if (first.Count <= _feedbackPassages || Vectors.MeanNearest(vector, first.Take(_feedbackPassages).Select(f => f.PassageId)) is not { } mean)
        {
            return [.. first.Take(count)];
        }

        var moved = new float[vector.Length];
        var norm = 0f;
        for (var i = 0; i < moved.Length; i++)
        {
            moved[i] = vector[i] + (_feedbackWeight * mean[i]);
            norm += moved[i] * moved[i];
        }

        norm = MathF.Sqrt(norm);
        for (var i = 0; i < moved.Length; i++)
        {
            moved[i] /= norm;
        }

        return [.. Vectors.SimilarityOf(moved, first.Select(f => f.PassageId)).Take(count)];
    }

    /// <summary>The model's vector for the (expanded) query text, from the cache when the text was embedded before.</summary>
    internal float[] QueryVector(string text, CancellationToken cancellationToken)
    {
        if (_queryVectors.TryGetValue(text, out var cached))
        {
            return cached;
        }

        var vector = _embedder.EmbedQuery(text, cancellationToken);
        if (_queryVectors.Count >= CachedQueries)
        {
            _queryVectors.Clear();
        }

        _queryVectors[text] = vector;
        return vector;
    }

    /// <summary>Forgets the kept query vectors (the bench times searches that embed their query).</summary>
    internal void ForgetQueryVectors() => _queryVectors.Clear();

    /// <summary>
    /// The given passages ordered by meaning, nearest the query first, with their similarity (cosine): to order a few
    /// known passages without scanning every vector. Passages without a vector yet are left out.
    /// </summary>
    public IReadOnlyList<(string PassageId, float Similarity)> Order(string query, IReadOnlyCollection<string> passageIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(passageIds);
        if (!Enabled || passageIds.Count == 0 || Vectors.Count == 0)
        {
            return [];
        }

        var expanded = _plainEnglish?.Expand(query) ?? query;
        return Vectors.SimilarityOf(QueryVector(expanded, cancellationToken), passageIds);
    }

    public void Dispose()
    {
        if (_vectors.IsValueCreated)
        {
            _vectors.Value.Dispose();
        }

        _catchUp.Dispose();
    }

    private (List<(string PassageId, string Text)> Pending, HashSet<string> Live) Unembedded(IndexSearcher searcher, int maxPassages)
    {
        var pending = new List<(string, string)>();
        var live = new HashSet<string>(StringComparer.Ordinal);
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            var terms = reader.GetTerms(PassageFields.PassageId)?.GetEnumerator();
            if (terms is null)
            {
                continue;
            }

            DocsEnum? docs = null;
            while (terms.MoveNext())
            {
                docs = terms.Docs(reader.LiveDocs, docs, DocsFlags.NONE);
                var doc = docs.NextDoc();
                if (doc == DocIdSetIterator.NO_MORE_DOCS)
                {
                    continue;
                }

                var id = terms.Term.Utf8ToString();
                live.Add(id);
                if (pending.Count < maxPassages && !Vectors.Contains(id))
                {
                    pending.Add((id, reader.Document(doc).Get(PassageFields.Text, CultureInfo.InvariantCulture) ?? string.Empty));
                }
            }
        }

        return (pending, live);
    }
}
