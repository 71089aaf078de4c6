using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Inspection.Content.Evidence;
using Inspection.Readiness.Frameworks;
using Inspection.Search.Analysis;
using Inspection.Search.Indexing;
using Inspection.Search.Query;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Inspection.Readiness.Themes;

/// <summary>
/// Matches themes against the passages index, caching each theme's matches per index reader (the reader
/// <see cref="PassageIndex.Generation"/> counts) and per theme content: a new reader or an edited theme is recompiled
/// on the next query, so editing key phrases needs no reindex. Hits are also kept per index segment, so a new reader
/// only searches the segments it did not have before.
/// </summary>
public sealed class ThemeMatcher
{
    private static readonly BM25Similarity Bm25 = new();
    private readonly Lock _lock = new();
    private readonly ConditionalWeakTable<GlossarySynonyms, ConditionalWeakTable<object, SegmentCache>> _segments = new();
    private readonly ConditionalWeakTable<object, SegmentFacts> _facts = new();
    private readonly PassageIndex _index;
    private readonly ThemeQueryBuilder _queries;
    private readonly SegmentResultFiles _files;
    private ReaderCache? _cache;

    public ThemeMatcher(PassageIndex index, ThemeQueryBuilder queries, ILogger<ThemeMatcher>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(queries);
        _index = index;
        _queries = queries;
        var indexDirectory = Path.TrimEndingDirectorySeparator(index.IndexDirectory);
        var beside = Path.Combine(Path.GetDirectoryName(indexDirectory) ?? indexDirectory, Path.GetFileName(indexDirectory) + ".themes");
        _files = new SegmentResultFiles(beside, (ILogger?)logger ?? NullLogger.Instance);
    }

    /// <summary>Where theme results are kept between processes (beside the index folder).</summary>
    public string ResultsDirectory => _files.Directory;

    /// <summary>Runs <paramref name="read"/> against one consistent reader.</summary>
    public TResult Read<TResult>(Func<ThemeSnapshot, TResult> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        return _index.Read(searcher =>
        {
            return read(new ThemeSnapshot(this, searcher, CacheFor(searcher.IndexReader)));
        });
    }

    /// <summary>The passages a theme (with its sub-themes) matches now, trimmed to the allowed classifications.</summary>
    public ThemeMatches Match(FrameworkDefinition framework, string themeId, IReadOnlyCollection<string> allowedClassifications) =>
        Read(snapshot => snapshot.Match(framework, themeId, allowedClassifications));

    internal ThemeMatches Match(ThemeSnapshot snapshot, FrameworkDefinition framework, string themeId, IReadOnlyCollection<string> allowedClassifications)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(themeId);
        ArgumentNullException.ThrowIfNull(allowedClassifications);
        var theme = framework.Themes.FirstOrDefault(t => string.Equals(t.Id, themeId, StringComparison.Ordinal))
            ?? throw new ArgumentException($"framework '{framework.Id}' has no theme '{themeId}'", nameof(themeId));
        var cache = snapshot.Cache;
        var children = framework.Themes.Where(t => string.Equals(t.ParentId, themeId, StringComparison.Ordinal)).ToList();
        if (children.Count == 0)
        {
            return Own(snapshot, cache, theme, allowedClassifications);
        }

        var key = "all\u001d" + ThemeQueryBuilder.Fingerprint(Family(framework, theme), allowedClassifications);
        return cache.Matches.GetOrAdd(key, _ => children.Aggregate(
            Own(snapshot, cache, theme, allowedClassifications),
            (matches, child) => matches.Union(Match(snapshot, framework, child.Id, allowedClassifications), themeId)));
    }

    /// <summary>A theme followed by all its descendants.</summary>
    public static IReadOnlyList<ThemeDefinition> Family(FrameworkDefinition framework, ThemeDefinition theme)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(theme);
        var prefix = theme.Id + "/";
        return [theme, .. framework.Themes.Where(t => t.Id.StartsWith(prefix, StringComparison.Ordinal))];
    }

    private ThemeMatches Own(ThemeSnapshot snapshot, ReaderCache cache, ThemeDefinition theme, IReadOnlyCollection<string> allowedClassifications)
    {
        return cache.Matches.GetOrAdd("own\u001d" + ThemeQueryBuilder.Fingerprint([theme], allowedClassifications), _ =>
        {
            // Hits are cached for every classification and trimmed per caller below, so each role does not search again.
            var key = ThemeQueryBuilder.Fingerprint([theme], Classifications.All);
            var compiled = _queries.Compile([theme], Classifications.All);
            var docs = new List<int>();
            var scores = new List<float>();
            if (compiled is null)
            {
                return new ThemeMatches(theme.Id, cache.ReaderVersion, docs, scores);
            }

            // Segments outlive readers: after an ingest only the new segments are searched, the rest come from the cache.
            var segments = _segments.GetValue(cache.Glossary, _ => new ConditionalWeakTable<object, SegmentCache>());
            var visibleKey = string.Join(',', allowedClassifications.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
            var queryKey = SegmentResultFiles.QueryKey(compiled.Query);
            foreach (var leaf in snapshot.Searcher.IndexReader.Leaves)
            {
                var reader = leaf.AtomicReader;
                var segment = segments.GetValue(reader.CoreCacheKey, _ => new SegmentCache());
                var hits = segment.Hits.GetOrAdd(key, _ => KeptOrSearch(reader, compiled.Query, queryKey));
                // Everything in a segment holding no hidden classification is visible: no bit set to build.
                var visible = QueryCompiler.NeedsTrimming(reader, allowedClassifications)
                    ? segment.Visible.GetOrAdd(visibleKey, _ => Visible(reader, allowedClassifications))
                    : null;
                // Deletions only grow within a segment, so filtering the cached hits by today's live docs gives today's hits.
                var live = reader.LiveDocs;
                for (var i = 0; i < hits.Docs.Length; i++)
                {
                    var doc = hits.Docs[i];
                    if ((visible is null || visible.Get(doc)) && (live is null || live.Get(doc)))
                    {
                        docs.Add(leaf.DocBase + doc);
                        scores.Add(hits.Scores[i]);
                    }
                }
            }

            return new ThemeMatches(theme.Id, cache.ReaderVersion, docs, scores);
        });
    }

    private static FixedBitSet Visible(AtomicReader reader, IReadOnlyCollection<string> allowedClassifications)
    {
        var visible = new FixedBitSet(reader.MaxDoc);
        var collector = new MatchCollector();
        new IndexSearcher(reader).Search(new ConstantScoreQuery(QueryCompiler.ClassificationQuery(allowedClassifications)), collector);
        foreach (var doc in collector.Docs)
        {
            visible.Set(doc);
        }

        return visible;
    }

    /// <summary>
    /// Warms this process and the kept files for every segment of the current reader (passage facts and each theme's
    /// hits), then removes the files of segments merged away. Returns themes matched, segments and files removed.
    /// </summary>
    public (int Themes, int Segments, int Pruned) Warm(IEnumerable<FrameworkDefinition> frameworks)
    {
        ArgumentNullException.ThrowIfNull(frameworks);
        return Read(snapshot =>
        {
            var themes = 0;
            foreach (var framework in frameworks)
            {
                foreach (var theme in framework.Themes)
                {
                    Own(snapshot, snapshot.Cache, theme, Classifications.All);
                    themes++;
                }
            }

            var leaves = snapshot.Searcher.IndexReader.Leaves;
            var pruned = _files.Prune([.. leaves.Select(l => SegmentResultFiles.SegmentKey(l.AtomicReader)).OfType<string>()]);
            return (themes, leaves.Count, pruned);
        });
    }

    private SegmentHits KeptOrSearch(AtomicReader reader, Query query, string queryKey)
    {
        var segmentKey = SegmentResultFiles.SegmentKey(reader);
        if (segmentKey is null)
        {
            return Search(reader, query);
        }

        if (_files.ReadHits(segmentKey, queryKey, reader.MaxDoc) is { } kept)
        {
            return new SegmentHits(kept.Docs, kept.Scores);
        }

        var hits = Search(reader, query);
        _files.WriteHits(segmentKey, queryKey, hits.Docs, hits.Scores);
        return hits;
    }

    private SegmentFacts FactsOf(AtomicReader reader) => _facts.GetValue(reader.CoreCacheKey, _ =>
    {
        var segmentKey = SegmentResultFiles.SegmentKey(reader);
        if (segmentKey is null)
        {
            return SegmentFacts.Read(reader);
        }

        if (_files.ReadFacts(segmentKey, reader.MaxDoc) is { } kept)
        {
            return kept;
        }

        var facts = SegmentFacts.Read(reader);
        _files.WriteFacts(segmentKey, facts);
        return facts;
    });

    private static SegmentHits Search(AtomicReader reader, Query query)
    {
        var collector = new MatchCollector();
        new IndexSearcher(reader) { Similarity = Bm25 }.Search(query, collector);
        return new SegmentHits([.. collector.Docs], [.. collector.Scores]);
    }

    private ReaderCache CacheFor(IndexReader reader)
    {
        var version = ((DirectoryReader)reader).Version;
        var glossary = _queries.Glossary;
        lock (_lock)
        {
            if (_cache is { } current && current.ReaderVersion == version && ReferenceEquals(current.Glossary, glossary))
            {
                return current;
            }

            // Only the newest reader's matches are worth keeping; an older reader still in use recomputes its own.
            var fresh = new ReaderCache(version, glossary, PassageFacts.Read(reader, FactsOf));
            if (_cache is null || _cache.ReaderVersion <= version)
            {
                _cache = fresh;
            }

            return fresh;
        }
    }

    internal sealed record ReaderCache(long ReaderVersion, GlossarySynonyms Glossary, PassageFacts Facts)
    {
        public ConcurrentDictionary<string, ThemeMatches> Matches { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>What is known about one index segment: each theme's hits (by fingerprint) and who may see which passage.</summary>
    private sealed class SegmentCache
    {
        public ConcurrentDictionary<string, SegmentHits> Hits { get; } = new(StringComparer.Ordinal);

        public ConcurrentDictionary<string, FixedBitSet> Visible { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>A theme's hits in one segment: segment doc ids, ascending, with scores from that segment's statistics.</summary>
    private sealed record SegmentHits(int[] Docs, float[] Scores);

    // In-order collection gives ascending doc ids without sorting.
    private sealed class MatchCollector : ICollector
    {
        private Scorer? _scorer;
        private int _docBase;

        public List<int> Docs { get; } = [];

        public List<float> Scores { get; } = [];

        public bool AcceptsDocsOutOfOrder => false;

        public void SetScorer(Scorer scorer) => _scorer = scorer;

        public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

        public void Collect(int doc)
        {
            Docs.Add(_docBase + doc);
            Scores.Add(_scorer?.GetScore() ?? 0f);
        }
    }
}
