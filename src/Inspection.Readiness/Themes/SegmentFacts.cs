using Inspection.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Inspection.Readiness.Themes;

/// <summary>
/// One index segment's passage facts by segment doc id: document and kind as numbers into the segment's own value
/// tables (-1 when absent), and the document date as yyyymmdd (0 when undated).
/// </summary>
internal sealed record SegmentFacts(int[] DocumentOrds, string[] Documents, int[] KindOrds, string[] Kinds, int[] Dates)
{
    public int MaxDoc => Dates.Length;

    public static SegmentFacts Read(AtomicReader reader)
    {
        var max = reader.MaxDoc;
        var documents = reader.GetSortedDocValues(PassageFields.DocumentId);
        var kinds = reader.GetSortedDocValues(PassageFields.Kind);
        var dates = reader.GetNumericDocValues(PassageFields.DateNumber);
        var dated = reader.GetDocsWithField(PassageFields.DateNumber);
        var documentOrds = new int[max];
        var kindOrds = new int[max];
        var dateNumbers = new int[max];
        for (var doc = 0; doc < max; doc++)
        {
            documentOrds[doc] = documents?.GetOrd(doc) ?? -1;
            kindOrds[doc] = kinds?.GetOrd(doc) ?? -1;
            if (dates is not null && dated is not null && dated.Get(doc))
            {
                dateNumbers[doc] = (int)dates.Get(doc);
            }
        }

        return new SegmentFacts(documentOrds, Values(documents), kindOrds, Values(kinds), dateNumbers);
    }

    private static string[] Values(SortedDocValues? values)
    {
        if (values is null)
        {
            return [];
        }

        var names = new string[values.ValueCount];
        var bytes = new BytesRef();
        for (var ord = 0; ord < names.Length; ord++)
        {
            values.LookupOrd(ord, bytes);
            names[ord] = bytes.Utf8ToString();
        }

        return names;
    }
}
