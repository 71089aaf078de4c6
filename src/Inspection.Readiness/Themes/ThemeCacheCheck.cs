using Inspection.Content.Evidence;
using Inspection.Readiness.Frameworks;
using Inspection.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Microsoft.Extensions.Logging.Abstractions;

namespace Inspection.Readiness.Themes;

/// <summary>
/// Checks the theme results kept beside the index (<see cref="ThemeMatcher.ResultsDirectory"/>): every kept file of a
/// live segment must equal what searching that segment now gives, so that coverage read from the files is what the
/// index says. Reads only; a wrong file is left for the next warm-up or for <c>reindex</c>.
/// </summary>
public sealed class ThemeCacheCheck(PassageIndex index, ThemeQueryBuilder queries, ThemeMatcher matcher)
{
    private const float Tolerance = 1e-4f;
    private static readonly BM25Similarity Bm25 = new();

    public ThemeCacheReport Check(IReadOnlyList<FrameworkDefinition> frameworks)
    {
        ArgumentNullException.ThrowIfNull(frameworks);
        var files = new SegmentResultFiles(matcher.ResultsDirectory, NullLogger.Instance);
        var themes = frameworks.SelectMany(f => f.Themes).ToList();
        var compiled = themes
            .Select(t => (Theme: t, Query: queries.Compile([t], Classifications.All)?.Query))
            .Where(t => t.Query is not null)
            .Select(t => (t.Theme, Query: t.Query!, Key: SegmentResultFiles.QueryKey(t.Query!)))
            .ToList();
        return index.Read(searcher =>
        {
            var wrong = new List<string>();
            var unreadable = new List<string>();
            var live = new HashSet<string>(StringComparer.Ordinal);
            var checkedFiles = 0;
            foreach (var leaf in searcher.IndexReader.Leaves)
            {
                var reader = leaf.AtomicReader;
                var segmentKey = SegmentResultFiles.SegmentKey(reader);
                if (segmentKey is null)
                {
                    continue;
                }

                live.Add(segmentKey);
                var factsPath = files.FactsPath(segmentKey);
                if (File.Exists(factsPath))
                {
                    checkedFiles++;
                    var kept = files.ReadFacts(segmentKey, reader.MaxDoc);
                    if (kept is null)
                    {
                        unreadable.Add(Path.GetFileName(factsPath));
                    }
                    else if (!SameFacts(kept, SegmentFacts.Read(reader)))
                    {
                        wrong.Add(Path.GetFileName(factsPath));
                    }
                }

                foreach (var (theme, query, queryKey) in compiled)
                {
                    var hitsPath = files.HitsPath(segmentKey, queryKey);
                    if (!File.Exists(hitsPath))
                    {
                        continue;
                    }

                    checkedFiles++;
                    var kept = files.ReadHits(segmentKey, queryKey, reader.MaxDoc);
                    if (kept is null)
                    {
                        unreadable.Add($"{Path.GetFileName(hitsPath)} ({theme.Id})");
                    }
                    else if (!SameHits(kept.Value.Docs, kept.Value.Scores, reader, query))
                    {
                        wrong.Add($"{Path.GetFileName(hitsPath)} ({theme.Id})");
                    }
                }
            }

            var stale = Directory.Exists(files.Directory)
                ? Directory.EnumerateFiles(files.Directory).Count(f => !live.Any(k => Path.GetFileName(f).Contains("-" + k + ".", StringComparison.Ordinal)))
                : 0;
            return new ThemeCacheReport(searcher.IndexReader.Leaves.Count, themes.Count, checkedFiles, stale, wrong, unreadable);
        });
    }

    private static bool SameFacts(SegmentFacts kept, SegmentFacts now) =>
        kept.DocumentOrds.AsSpan().SequenceEqual(now.DocumentOrds)
        && kept.KindOrds.AsSpan().SequenceEqual(now.KindOrds)
        && kept.Dates.AsSpan().SequenceEqual(now.Dates)
        && kept.Documents.SequenceEqual(now.Documents, StringComparer.Ordinal)
        && kept.Kinds.SequenceEqual(now.Kinds, StringComparer.Ordinal);

    private static bool SameHits(int[] docs, float[] scores, AtomicReader reader, Query query)
    {
        var collector = new Collector();
        new IndexSearcher(reader) { Similarity = Bm25 }.Search(query, collector);
        // Kept hits include passages deleted since (the reader drops them at use); a search now does not.
        var live = reader.LiveDocs;
        var kept = Enumerable.Range(0, docs.Length).Where(i => live is null || live.Get(docs[i])).ToList();
        if (!kept.Select(i => docs[i]).SequenceEqual(collector.Docs))
        {
            return false;
        }

        for (var k = 0; k < kept.Count; k++)
        {
            var score = scores[kept[k]];
            if (Math.Abs(score - collector.Scores[k]) > Tolerance * Math.Max(1f, Math.Abs(score)))
            {
                return false;
            }
        }

        return true;
    }

    private sealed class Collector : ICollector
    {
        private Scorer? _scorer;

        public List<int> Docs { get; } = [];

        public List<float> Scores { get; } = [];

        public bool AcceptsDocsOutOfOrder => false;

        public void SetScorer(Scorer scorer) => _scorer = scorer;

        public void SetNextReader(AtomicReaderContext context)
        {
        }

        public void Collect(int doc)
        {
            Docs.Add(doc);
            Scores.Add(_scorer?.GetScore() ?? 0f);
        }
    }
}
