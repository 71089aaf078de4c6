using System.Collections.Concurrent;
using Inspection.Readiness.Frameworks;
using Inspection.Search.Analysis;
using Inspection.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Inspection.Readiness.Themes;

/// <summary>
/// Matches themes against the passages index, caching each theme's matches per index reader (the reader
/// <see cref="PassageIndex.Generation"/> counts) and per theme content: a new reader or an edited theme is recompiled
/// on the next query, so editing key phrases needs no reindex.
/// </summary>
public sealed class ThemeMatcher(PassageIndex index, ThemeQueryBuilder queries)
{
    private readonly Lock _lock = new();
    private ReaderCache? _cache;

    /// <summary>Runs <paramref name="read"/> against one consistent reader.</summary>
    public TResult Read<TResult>(Func<ThemeSnapshot, TResult> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        return index.Read(searcher =>
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
        var key = "own\u001d" + ThemeQueryBuilder.Fingerprint([theme], allowedClassifications);
        return cache.Matches.GetOrAdd(key, _ =>
        {
            var compiled = queries.Compile([theme], allowedClassifications);
            var collector = new MatchCollector();
            if (compiled is not null)
            {
                snapshot.Searcher.Search(compiled.Query, collector);
            }

            return new ThemeMatches(theme.Id, cache.ReaderVersion, collector.Docs, collector.Scores);
        });
    }

    private ReaderCache CacheFor(IndexReader reader)
    {
        var version = ((DirectoryReader)reader).Version;
        var glossary = queries.Glossary;
        lock (_lock)
        {
            if (_cache is { } current && current.ReaderVersion == version && ReferenceEquals(current.Glossary, glossary))
            {
                return current;
            }

            // Only the newest reader's matches are worth keeping; an older reader still in use recomputes its own.
            var fresh = new ReaderCache(version, glossary, PassageFacts.Read(reader));
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

    // In-order collection gives ascending global doc ids without sorting.
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
