using Inspection.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Inspection.Readiness.Themes;

/// <summary>
/// Each passage's document, kind and date, read once per index reader from doc values into arrays indexed by global doc id,
/// so that counting any number of themes is array lookups rather than stored-field reads.
/// </summary>
public sealed class PassageFacts
{
    private readonly int[] _document;
    private readonly int[] _kind;
    private readonly int[] _date;

    private PassageFacts(int[] document, int[] kind, int[] date, IReadOnlyList<string> documentIds, IReadOnlyList<string> kinds)
    {
        _document = document;
        _kind = kind;
        _date = date;
        DocumentIds = documentIds;
        Kinds = kinds;
    }

    /// <summary>Document ids by document number (see <see cref="Document"/>).</summary>
    public IReadOnlyList<string> DocumentIds { get; }

    /// <summary>Kind names by kind number (see <see cref="Kind"/>).</summary>
    public IReadOnlyList<string> Kinds { get; }

    /// <summary>The passage's document number, or -1.</summary>
    public int Document(int doc) => _document[doc];

    /// <summary>The passage's kind number, or -1.</summary>
    public int Kind(int doc) => _kind[doc];

    /// <summary>The document date as yyyymmdd, or 0 when undated.</summary>
    public int DateNumber(int doc) => _date[doc];

    public static DateOnly? ToDate(int dateNumber) =>
        dateNumber <= 0 ? null : new DateOnly(dateNumber / 10000, dateNumber / 100 % 100, dateNumber % 100);

    public static PassageFacts Read(IndexReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var max = reader.MaxDoc;
        var document = new int[max];
        var kind = new int[max];
        var date = new int[max];
        Array.Fill(document, -1);
        Array.Fill(kind, -1);
        var documentNumbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var kindNumbers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var leaf in reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            var documents = atomic.GetSortedDocValues(PassageFields.DocumentId);
            var kinds = atomic.GetSortedDocValues(PassageFields.Kind);
            var dates = atomic.GetNumericDocValues(PassageFields.DateNumber);
            var dated = atomic.GetDocsWithField(PassageFields.DateNumber);
            var documentMap = Numbers(documents, documentNumbers);
            var kindMap = Numbers(kinds, kindNumbers);
            for (var doc = 0; doc < atomic.MaxDoc; doc++)
            {
                var global = leaf.DocBase + doc;
                if (documents is not null && documents.GetOrd(doc) is var d and >= 0)
                {
                    document[global] = documentMap[d];
                }

                if (kinds is not null && kinds.GetOrd(doc) is var k and >= 0)
                {
                    kind[global] = kindMap[k];
                }

                if (dates is not null && dated is not null && dated.Get(doc))
                {
                    date[global] = (int)dates.Get(doc);
                }
            }
        }

        return new PassageFacts(document, kind, date, Names(documentNumbers), Names(kindNumbers));
    }

    // Segment ordinals to numbers shared by all segments, looking each distinct value up once.
    private static int[] Numbers(SortedDocValues? values, Dictionary<string, int> numbers)
    {
        if (values is null)
        {
            return [];
        }

        var map = new int[values.ValueCount];
        var bytes = new BytesRef();
        for (var ord = 0; ord < map.Length; ord++)
        {
            values.LookupOrd(ord, bytes);
            var value = bytes.Utf8ToString();
            if (!numbers.TryGetValue(value, out var number))
            {
                number = numbers.Count;
                numbers.Add(value, number);
            }

            map[ord] = number;
        }

        return map;
    }

    private static string[] Names(Dictionary<string, int> numbers)
    {
        var names = new string[numbers.Count];
        foreach (var (name, number) in numbers)
        {
            names[number] = name;
        }

        return names;
    }
}
