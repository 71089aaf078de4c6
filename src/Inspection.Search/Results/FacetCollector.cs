using System.Globalization;
using Inspection.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Inspection.Search.Results;

/// <summary>
/// Counts every hit's kind, year, organisation, themes and document from doc values, so facets cover all hits and not
/// only the top N. Kind, date, organisation and themes are the document's (every passage carries its document's, see
/// <see cref="IndexedPassage"/>), so a hit only counts against its document; each document's values are read once per
/// segment, from its first hit, and weighted by its hits. At a million passages a broad search has 600,000 hits and
/// about 40,000 documents: reading four doc values per hit was three quarters of a faceted search.
/// </summary>
internal sealed class FacetCollector : ICollector
{
    // Years counted in an array from this one; others (if any) in a dictionary.
    private const int FirstYear = 1900;
    private readonly int[] _yearCounts = new int[256];
    private readonly Dictionary<string, int> _kinds = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int> _years = [];
    private readonly Dictionary<string, int> _organisations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _themes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _documents = new(StringComparer.Ordinal);
    private readonly SegmentCounts _kindCounts = new();
    private readonly SegmentCounts _organisationCounts = new();
    private readonly SegmentCounts _themeCounts = new();
    private readonly SegmentCounts _documentCounts = new();
    private int[] _firstHit = [];
    private SortedDocValues? _kindValues;
    private SortedDocValues? _organisationValues;
    private SortedSetDocValues? _themeValues;
    private SortedDocValues? _documentValues;
    private NumericDocValues? _dateValues;

    public bool AcceptsDocsOutOfOrder => true;

    public int Hits { get; private set; }

    public IReadOnlyDictionary<string, int> DocumentCounts
    {
        get
        {
            Flush();
            return _documents;
        }
    }

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Flush();
        var reader = context.AtomicReader;
        _kindValues = reader.GetSortedDocValues(PassageFields.Kind);
        _organisationValues = reader.GetSortedDocValues(PassageFields.Organisation);
        _themeValues = reader.GetSortedSetDocValues(PassageFields.Themes);
        _documentValues = reader.GetSortedDocValues(PassageFields.DocumentId);
        _dateValues = reader.GetNumericDocValues(PassageFields.DateNumber);
        _kindCounts.Reset(_kindValues?.ValueCount ?? 0);
        _organisationCounts.Reset(_organisationValues?.ValueCount ?? 0);
        _themeCounts.Reset(_themeValues is null ? 0 : (int)_themeValues.ValueCount);
        _documentCounts.Reset(_documentValues?.ValueCount ?? 0);
        _firstHit = new int[_documentValues?.ValueCount ?? 0];
        Array.Fill(_firstHit, -1);
    }

    public void Collect(int doc)
    {
        Hits++;
        var document = _documentValues?.GetOrd(doc) ?? -1;
        if (document < 0)
        {
            // A passage without a document id (none is written so) is counted on its own.
            CountValues(doc, 1);
            return;
        }

        _documentCounts.Add(document, 1);
        if (_firstHit[document] < 0)
        {
            _firstHit[document] = doc;
        }
    }

    /// <summary>The counts, each multiplied by <paramref name="scale"/> when the hits counted were a sample of one in that many (marked as estimates).</summary>
    public SearchFacets ToFacets(int scale = 1)
    {
        Flush();
        return new SearchFacets(
            Ordered(_kinds, scale),
            Years().OrderByDescending(y => y.Key).Select(y => new FacetCount(y.Key.ToString(CultureInfo.InvariantCulture), y.Value * scale)).ToList(),
            Ordered(_organisations, scale),
            Ordered(_themes, scale))
        {
            Estimated = scale > 1,
        };
    }

    private void CountValues(int doc, int hits)
    {
        _kindCounts.Add(_kindValues?.GetOrd(doc) ?? -1, hits);
        _organisationCounts.Add(_organisationValues?.GetOrd(doc) ?? -1, hits);
        if (_themeValues is not null)
        {
            _themeValues.SetDocument(doc);
            long ord;
            while ((ord = _themeValues.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                _themeCounts.Add((int)ord, hits);
            }
        }

        // Dates are yyyyMMdd numbers, so 0 (what doc values give a passage without one) means undated.
        var date = _dateValues?.Get(doc) ?? 0;
        if (date > 0)
        {
            var year = (int)(date / 10000);
            if ((uint)(year - FirstYear) < (uint)_yearCounts.Length)
            {
                _yearCounts[year - FirstYear] += hits;
            }
            else
            {
                _years[year] = _years.GetValueOrDefault(year) + hits;
            }
        }
    }

    private Dictionary<int, int> Years()
    {
        var years = new Dictionary<int, int>(_years);
        for (var i = 0; i < _yearCounts.Length; i++)
        {
            if (_yearCounts[i] > 0)
            {
                years[FirstYear + i] = _yearCounts[i];
            }
        }

        return years;
    }

    private static List<FacetCount> Ordered(Dictionary<string, int> counts, int scale) =>
        counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => new FacetCount(c.Key, c.Value * scale)).ToList();

    // Ordinals are per segment: each document's values are counted once, weighted by its hits, then ordinals become
    // strings once per segment.
    private void Flush()
    {
        for (var document = 0; document < _firstHit.Length; document++)
        {
            if (_firstHit[document] >= 0)
            {
                CountValues(_firstHit[document], _documentCounts.Get(document));
                _firstHit[document] = -1;
            }
        }

        _kindCounts.FlushInto(_kinds, ord => Lookup(_kindValues!, ord));
        _organisationCounts.FlushInto(_organisations, ord => Lookup(_organisationValues!, ord));
        _documentCounts.FlushInto(_documents, ord => Lookup(_documentValues!, ord));
        _themeCounts.FlushInto(_themes, ord =>
        {
            var bytes = new BytesRef();
            _themeValues!.LookupOrd(ord, bytes);
            return bytes.Utf8ToString();
        });
    }

    private static string Lookup(SortedDocValues values, int ord)
    {
        var bytes = new BytesRef();
        values.LookupOrd(ord, bytes);
        return bytes.Utf8ToString();
    }

    private sealed class SegmentCounts
    {
        private int[] _counts = [];

        public void Reset(int size) => _counts = new int[size];

        public int Get(int ord) => _counts[ord];

        public void Add(int ord, int amount)
        {
            if (ord >= 0)
            {
                _counts[ord] += amount;
            }
        }

        public void FlushInto(Dictionary<string, int> totals, Func<int, string> lookup)
        {
            for (var ord = 0; ord < _counts.Length; ord++)
            {
                if (_counts[ord] > 0)
                {
                    var value = lookup(ord);
                    totals[value] = totals.GetValueOrDefault(value) + _counts[ord];
                    _counts[ord] = 0;
                }
            }
        }
    }
}
