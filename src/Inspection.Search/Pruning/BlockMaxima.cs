using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Inspection.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Inspection.Search.Pruning;

/// <summary>
/// For one word in one field of one segment, an upper bound per block of <see cref="BlockSize"/> passages on BM25's
/// frequency part, tf / (tf + k1 (1 - b + b dl / avgdl)), taken at the segment's own average length and rounded up to
/// a byte (0: the word is not in the block). Lucene 4.8 keeps no such "impacts", so they are worked out from the
/// postings the first time a search needs them and kept per segment core, which never changes; a merge makes a new
/// core and the old one's entries go with it. Held to a memory budget: past it, everything is dropped and rebuilt on demand.
/// </summary>
public sealed class BlockMaxima
{
    public const int BlockShift = 3;
    public const int BlockSize = 1 << BlockShift;

    private const long DefaultBudgetBytes = 96L * 1024 * 1024;

    // Words and phrases searched lately, so a warm-up can work out their maxima for new segments before a search needs them.
    private const int RecentLimit = 512;
    private readonly ConcurrentDictionary<(string Field, string Key), (PhraseKey Words, long Used)> _recent = new();
    private readonly Lock _trimming = new();
    private long _clock;
    private readonly ConditionalWeakTable<object, ConcurrentDictionary<(string Field, string Key), SegmentPostings>> _segments = new();
    private readonly long _budgetBytes;
    private long _bytes;

    public BlockMaxima(long budgetBytes = DefaultBudgetBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(budgetBytes, 0);
        _budgetBytes = budgetBytes;
    }

    /// <summary>Bytes of block maxima and phrase matches held now.</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    /// <summary>Blocks in a segment of this many documents.</summary>
    public static int Blocks(int maxDoc) => (maxDoc + BlockSize - 1) >> BlockShift;

    /// <summary>
    /// The segment's maxima for the word, or the exact phrase of several words, in the field; null when the segment
    /// does not hold it. A phrase's maxima are its own (from its matches), not its words': "children in care" is far
    /// rarer than "children" and "care", and bounding it by them left almost nothing to skip.
    /// </summary>
    public byte[]? For(AtomicReader reader, string field, PhraseKey words)
    {
        var maxima = Postings(reader, field, words).Maxima;
        return maxima.Length == 0 ? null : maxima;
    }

    /// <summary>The word's or phrase's kept postings in the segment, worked out on first use.</summary>
    internal SegmentPostings Postings(AtomicReader reader, string field, PhraseKey words) => Postings(reader, field, words, remember: true);

    /// <summary>
    /// Works out, in every segment of the reader, the maxima of the words and phrases searched most recently (up to
    /// 512), newest first, stopping at half the budget; what is already kept costs a look-up. Run after the index
    /// takes in changes, so the first search after a merge or a new batch does not pay for it. Returns the look-ups made.
    /// </summary>
    public int Warm(IndexReader reader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var recent = _recent.OrderByDescending(e => e.Value.Used).Select(e => (e.Key.Field, e.Value.Words)).ToList();
        var made = 0;
        foreach (var leaf in reader.Leaves)
        {
            foreach (var (field, words) in recent)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (Bytes > _budgetBytes / 2)
                {
                    return made;
                }

                Postings(leaf.AtomicReader, field, words, remember: false);
                made++;
            }
        }

        return made;
    }

    private SegmentPostings Postings(AtomicReader reader, string field, PhraseKey words, bool remember)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(words);
        var key = (field, words.Key);
        if (remember)
        {
            Remember(key, words);
        }

        var entries = _segments.GetValue(reader.CoreCacheKey, _ => new ConcurrentDictionary<(string, string), SegmentPostings>());
        if (!entries.TryGetValue(key, out var postings))
        {
            postings = words.Words.Count == 1 ? ForWord(reader, field, words.Words[0]) : ForPhrase(reader, field, words);
            if (entries.TryAdd(key, postings) && Interlocked.Add(ref _bytes, postings.Bytes) > _budgetBytes)
            {
                _segments.Clear();
                Interlocked.Exchange(ref _bytes, 0);
            }
        }

        return postings;
    }

    private void Remember((string Field, string Key) key, PhraseKey words)
    {
        _recent[key] = (words, Interlocked.Increment(ref _clock));
        if (_recent.Count <= 2 * RecentLimit)
        {
            return;
        }

        lock (_trimming)
        {
            foreach (var stale in _recent.OrderBy(e => e.Value.Used).Take(_recent.Count - RecentLimit).Select(e => e.Key).ToList())
            {
                _recent.TryRemove(stale, out _);
            }
        }
    }

    /// <summary>The segment's average length of the field, the one its maxima were taken at.</summary>
    public static double AverageLength(AtomicReader reader, string field)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var sum = reader.GetTerms(field)?.SumTotalTermFreq ?? 0;
        return sum <= 0 || reader.MaxDoc == 0 ? 1d : sum / (double)reader.MaxDoc;
    }

    private static SegmentPostings ForWord(AtomicReader reader, string field, string word)
    {
        var iterator = reader.GetTerms(field)?.GetEnumerator();
        if (iterator is null || !iterator.SeekExact(new BytesRef(word)))
        {
            return SegmentPostings.Absent;
        }

        // Deleted passages are counted too: a bound may only be too high, never too low.
        var docs = iterator.Docs(null, null, DocsFlags.FREQS);
        var maxima = new byte[Blocks(reader.MaxDoc)];
        var part = FrequencyPart(reader, field);
        int doc;
        while ((doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
        {
            Raise(maxima, doc, part(doc, docs.Freq));
        }

        return new SegmentPostings(maxima, null, null);
    }

    private static SegmentPostings ForPhrase(AtomicReader reader, string field, PhraseKey words)
    {
        var phrase = new PhraseQuery();
        for (var i = 0; i < words.Words.Count; i++)
        {
            phrase.Add(new Term(field, words.Words[i]), words.Positions[i]);
        }

        // Lucene's own phrase matching, so the counts are the ones its scorer sees; the weight itself is not used.
        var scorer = new IndexSearcher(reader) { Similarity = PassageIndex.Similarity }
            .CreateNormalizedWeight(phrase)
            .GetScorer((AtomicReaderContext)reader.Context, null);
        if (scorer is null)
        {
            return SegmentPostings.Absent;
        }

        var maxima = new byte[Blocks(reader.MaxDoc)];
        var part = FrequencyPart(reader, field);
        var docs = new List<int>();
        var freqs = new List<ushort>();
        var fits = true;
        int doc;
        while ((doc = scorer.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
        {
            var freq = scorer.Freq;
            fits &= freq <= ushort.MaxValue;
            docs.Add(doc);
            freqs.Add((ushort)Math.Min(freq, ushort.MaxValue));
            Raise(maxima, doc, part(doc, freq));
        }

        // A phrase more often in one passage than a ushort holds keeps only its maxima and is matched as usual.
        return docs.Count == 0 ? SegmentPostings.Absent : fits ? new SegmentPostings(maxima, [.. docs], [.. freqs]) : new SegmentPostings(maxima, null, null);
    }

    // tf / (tf + k1 (1 - b + b dl / avgdl)) at the segment's average length, by norm byte as BM25's scorer caches it.
    private static Func<int, int, double> FrequencyPart(AtomicReader reader, string field)
    {
        var similarity = PassageIndex.Similarity;
        var average = AverageLength(reader, field);
        var norms = reader.GetNormValues(field);
        var lengthPart = new double[256];
        for (var norm = 0; norm < lengthPart.Length; norm++)
        {
            lengthPart[norm] = norms is null
                ? similarity.K1
                : similarity.K1 * ((1 - similarity.B) + (similarity.B * similarity.LengthOf((byte)norm) / average));
        }

        return (doc, freq) => freq / (freq + lengthPart[norms is null ? 0 : (byte)norms.Get(doc)]);
    }

    private static void Raise(byte[] maxima, int doc, double part)
    {
        var quantised = (byte)Math.Clamp(Math.Ceiling(part * 255), 1, 255);
        ref var slot = ref maxima[doc >> BlockShift];
        if (quantised > slot)
        {
            slot = quantised;
        }
    }
}
