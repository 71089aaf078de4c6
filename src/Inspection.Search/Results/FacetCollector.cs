using System.Globalization;
using Inspection.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Inspection.Search.Results;

/// <summary>Counts every hit's kind, year, organisation, themes and document from doc values, so facets cover all hits and not only the top N.</summary>
internal sealed class FacetCollector : ICollector
{
    private readonly Dictionary<string, int> _kinds = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int> _years = [];
    private readonly Dictionary<string, int> _organisations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _themes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _documents = new(StringComparer.Ordinal);
    private readonly SegmentCounts _kindCounts = new();
    private readonly SegmentCounts _organisationCounts = new();
    private readonly SegmentCounts _themeCounts = new();
    private readonly SegmentCounts _documentCounts = new();
    private SortedDocValues? _kindValues;
    private SortedDocValues? _organisationValues;
    private SortedSetDocValues? _themeValues;
    private SortedDocValues? _documentValues;
    private NumericDocValues? _dateValues;
    private IBits? _dateExists;

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
        _dateExists = reader.GetDocsWithField(PassageFields.DateNumber);
        _kindCounts.Reset(_kindValues?.ValueCount ?? 0);
        _organisationCounts.Reset(_organisationValues?.ValueCount ?? 0);
        _themeCounts.Reset(_themeValues is null ? 0 : (int)_themeValues.ValueCount);
        _documentCounts.Reset(_documentValues?.ValueCount ?? 0);
    }

    public void Collect(int doc)
    {
        Hits++;
        _kindCounts.Add(_kindValues?.GetOrd(doc) ?? -1);
        _organisationCounts.Add(_organisationValues?.GetOrd(doc) ?? -1);
        _documentCounts.Add(_documentValues?.GetOrd(doc) ?? -1);
        if (_themeValues is not null)
        {
            _themeValues.SetDocument(doc);
            long ord;
            while ((ord = _themeValues.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                _themeCounts.Add((int)ord);
            }
        }

        if (_dateValues is not null && _dateExists is not null && _dateExists.Get(doc))
        {
            // Years as numbers while collecting: no string per hit on a broad query.
            var year = (int)(_dateValues.Get(doc) / 10000);
            _years[year] = _years.GetValueOrDefault(year) + 1;
        }
    }

    public SearchFacets ToFacets()
    {
        Flush();
        return new SearchFacets(
            Ordered(_kinds),
            _years.OrderByDescending(y => y.Key).Select(y => new FacetCount(y.Key.ToString(CultureInfo.InvariantCulture), y.Value)).ToList(),
            Ordered(_organisations),
            Ordered(_themes));
    }

    private static List<FacetCount> Ordered(Dictionary<string, int> counts) =>
        counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => new FacetCount(c.Key, c.Value)).ToList();

    // Ordinals are per segment: count into arrays while collecting, then turn ordinals into strings once per segment.
    private void Flush()
    {
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

        public void Add(int ord)
        {
            if (ord >= 0)
            {
                _counts[ord]++;
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
                }
            }

            _counts = [];
        }
    }
}
