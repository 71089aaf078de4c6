using System.Collections.Concurrent;
using Lucene.Net.Search;
using LuceneQuery = Lucene.Net.Search.Query;

namespace Inspection.Search.Query;

/// <summary>
/// The passages a filter (type, theme, organisation, document, dates) or the security clause lets through, worked out
/// once per segment and kept while the segment lives. Without it every search turned a date range into a bit set again
/// (<c>after:</c> visits every date term of every segment), and did so twice: once to rank, once to count "N more from
/// this document". The same filter is the same Lucene query (Lucene's own equality), so a search that repeats one reuses
/// its sets; deleted passages are taken out at search time, so a set stays right until its segment is merged away.
/// Held to a number of filters: past it, all are dropped and worked out again on demand.
/// </summary>
public sealed class FilterCache
{
    private const int DefaultLimit = 256;

    private readonly ConcurrentDictionary<LuceneQuery, Filter> _filters = new();
    private readonly int _limit;

    public FilterCache(int limit = DefaultLimit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        _limit = limit;
    }

    /// <summary>Filters held now.</summary>
    public int Count => _filters.Count;

    /// <summary>
    /// A constant-score clause matching what <paramref name="query"/> matches, scoring <paramref name="boost"/> as
    /// <c>new ConstantScoreQuery(query) { Boost = boost }</c> does, with the query's passages kept per segment.
    /// </summary>
    public ConstantScoreQuery Clause(LuceneQuery query, float boost)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!_filters.TryGetValue(query, out var filter))
        {
            if (_filters.Count >= _limit)
            {
                _filters.Clear();
            }

            filter = _filters.GetOrAdd(query, q => new CachingWrapperFilter(new QueryWrapperFilter(q)));
        }

        return new ConstantScoreQuery(filter) { Boost = boost };
    }
}
