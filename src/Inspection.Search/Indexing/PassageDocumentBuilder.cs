using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace Inspection.Search.Indexing;

/// <summary>Turns an <see cref="IndexedPassage"/> into a Lucene document: stored fields for display, keywords for filters, doc values for facets and sorting.</summary>
internal static class PassageDocumentBuilder
{
    public static Document Build(IndexedPassage passage)
    {
        var document = new Document
        {
            new StringField(PassageFields.PassageId, passage.PassageId, Field.Store.YES),
            new StringField(PassageFields.DocumentId, passage.DocumentId, Field.Store.YES),
            new SortedDocValuesField(PassageFields.DocumentId, new BytesRef(passage.DocumentId)),
            new StringField(PassageFields.VersionId, passage.VersionId, Field.Store.YES),
            new TextField(PassageFields.Title, passage.Title, Field.Store.YES),
            new StringField(PassageFields.Kind, passage.Kind, Field.Store.YES),
            new SortedDocValuesField(PassageFields.Kind, new BytesRef(passage.Kind)),
            new StringField(PassageFields.Classification, passage.Classification, Field.Store.YES),
            new TextField(PassageFields.HeadingPath, passage.HeadingPath, Field.Store.YES),
            new StoredField(PassageFields.PageFrom, passage.PageFrom),
            new StoredField(PassageFields.PageTo, passage.PageTo),
            new TextField(PassageFields.Text, passage.Text, Field.Store.YES),
        };

        if (!string.IsNullOrWhiteSpace(passage.Organisation))
        {
            document.Add(new StringField(PassageFields.Organisation, passage.Organisation, Field.Store.YES));
            document.Add(new SortedDocValuesField(PassageFields.Organisation, new BytesRef(passage.Organisation)));
            document.Add(new TextField(PassageFields.OrganisationText, passage.Organisation, Field.Store.NO));
        }

        foreach (var theme in passage.Themes.Where(t => !string.IsNullOrWhiteSpace(t)).Distinct(StringComparer.Ordinal))
        {
            document.Add(new StringField(PassageFields.Themes, theme, Field.Store.YES));
            document.Add(new SortedSetDocValuesField(PassageFields.Themes, new BytesRef(theme)));
            // Theme filters are case-insensitive prefix matches ("theme:ILACS" finds "ilacs/care-leavers").
            document.Add(new StringField(PassageFields.ThemeKeys, ThemeKey(theme), Field.Store.NO));
        }

        if (passage.DocumentDate is { } date)
        {
            document.Add(new StringField(PassageFields.Date, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Field.Store.YES));
            document.Add(new Int32Field(PassageFields.DateNumber, DateNumber(date), Field.Store.NO));
            document.Add(new NumericDocValuesField(PassageFields.DateNumber, DateNumber(date)));
        }

        if (!string.IsNullOrWhiteSpace(passage.SourceFile))
        {
            document.Add(new StringField(PassageFields.SourceFile, passage.SourceFile, Field.Store.YES));
        }

        if (passage.IsFinding)
        {
            document.Add(new StringField(PassageFields.IsFinding, PassageFields.True, Field.Store.YES));
        }

        return document;
    }

    public static int DateNumber(DateOnly date) => (date.Year * 10000) + (date.Month * 100) + date.Day;

    public static string ThemeKey(string theme) => theme.Trim().Trim('/').ToLowerInvariant();
}
