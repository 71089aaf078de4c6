using Inspection.Search.Indexing;
using Lucene.Net.Index;

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

    public static PassageFacts Read(IndexReader reader) => Read(reader, SegmentFacts.Read);

    /// <summary>Assembles the facts of every segment, each read by <paramref name="segmentFacts"/> (from doc values, or from a cache of them).</summary>
    internal static PassageFacts Read(IndexReader reader, Func<AtomicReader, SegmentFacts> segmentFacts)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(segmentFacts);
        var max = reader.MaxDoc;
        var document = new int[max];
        var kind = new int[max];
        var date = new int[max];
        var documentNumbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var kindNumbers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var leaf in reader.Leaves)
        {
            var facts = segmentFacts(leaf.AtomicReader);
            var documentMap = Numbers(facts.Documents, documentNumbers);
            var kindMap = Numbers(facts.Kinds, kindNumbers);
            for (var doc = 0; doc < facts.MaxDoc; doc++)
            {
                var global = leaf.DocBase + doc;
                document[global] = facts.DocumentOrds[doc] is var d and >= 0 ? documentMap[d] : -1;
                kind[global] = facts.KindOrds[doc] is var k and >= 0 ? kindMap[k] : -1;
                date[global] = facts.Dates[doc];
            }
        }

        return new PassageFacts(document, kind, date, Names(documentNumbers), Names(kindNumbers));
    }

    // Segment value numbers to numbers shared by all segments, looking each distinct value up once.
    private static int[] Numbers(string[] values, Dictionary<string, int> numbers)
    {
        var map = new int[values.Length];
        for (var ord = 0; ord < map.Length; ord++)
        {
            if (!numbers.TryGetValue(values[ord], out var number))
            {
                number = numbers.Count;
                numbers.Add(values[ord], number);
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
