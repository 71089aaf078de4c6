using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace Inspection.Search.Indexing;

/// <summary>Turns an <see cref="IndexedPassage"/> into a Lucene document: stored fields for display, keywords for filters, doc values for facets and sorting.</summary>
internal static class PassageDocumentBuilder
{
    // Field instances are reused from one passage to the next on each indexing thread: a keyword field builds its token
    // stream once per instance, and building it (attribute lookups behind a lock) was a fifth of indexing time. Lucene
    // inverts each document of a block before asking for the next, so one set of instances per thread is safe.
    [ThreadStatic]
    private static ReusedFields? _fields;

    public static Document Build(IndexedPassage passage)
    {
        var f = _fields ??= new ReusedFields();
        f.PassageId.SetStringValue(passage.PassageId);
        f.DocumentId.SetStringValue(passage.DocumentId);
        f.DocumentIdValue.SetBytesValue(new BytesRef(passage.DocumentId));
        f.VersionId.SetStringValue(passage.VersionId);
        f.Title.SetStringValue(passage.Title);
        f.Kind.SetStringValue(passage.Kind);
        f.KindValue.SetBytesValue(new BytesRef(passage.Kind));
        f.Classification.SetStringValue(passage.Classification);
        f.HeadingPath.SetStringValue(passage.HeadingPath);
        f.PageFrom.SetInt32Value(passage.PageFrom);
        f.PageTo.SetInt32Value(passage.PageTo);
        f.Text.SetStringValue(passage.Text);
        var document = new Document
        {
            f.PassageId, f.DocumentId, f.DocumentIdValue, f.VersionId, f.Title, f.Kind, f.KindValue, f.Classification, f.HeadingPath, f.PageFrom, f.PageTo, f.Text,
        };

        if (!string.IsNullOrWhiteSpace(passage.PartKind) && !string.Equals(passage.PartKind, passage.Kind, StringComparison.Ordinal))
        {
            // A second kind term for filters; facets and the hit's kind stay the document's (its doc value, its first stored value).
            document.Add(new StringField(PassageFields.Kind, passage.PartKind, Field.Store.YES));
        }

        if (!string.IsNullOrWhiteSpace(passage.Organisation))
        {
            f.Organisation.SetStringValue(passage.Organisation);
            f.OrganisationValue.SetBytesValue(new BytesRef(passage.Organisation));
            f.OrganisationText.SetStringValue(passage.Organisation);
            document.Add(f.Organisation);
            document.Add(f.OrganisationValue);
            document.Add(f.OrganisationText);
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
            f.Date.SetStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            f.DateNumber.SetInt32Value(DateNumber(date));
            f.DateNumberValue.SetInt64Value(DateNumber(date));
            document.Add(f.Date);
            document.Add(f.DateNumber);
            document.Add(f.DateNumberValue);
        }

        if (!string.IsNullOrWhiteSpace(passage.SourceFile))
        {
            f.SourceFile.SetStringValue(passage.SourceFile);
            document.Add(f.SourceFile);
        }

        if (passage.IsFinding)
        {
            document.Add(f.IsFinding);
        }

        return document;
    }

    public static int DateNumber(DateOnly date) => (date.Year * 10000) + (date.Month * 100) + date.Day;

    public static string ThemeKey(string theme) => theme.Trim().Trim('/').ToLowerInvariant();

    private sealed class ReusedFields
    {
        public StringField PassageId { get; } = new(PassageFields.PassageId, "", Field.Store.YES);

        public StringField DocumentId { get; } = new(PassageFields.DocumentId, "", Field.Store.YES);

        public SortedDocValuesField DocumentIdValue { get; } = new(PassageFields.DocumentId, new BytesRef());

        public StringField VersionId { get; } = new(PassageFields.VersionId, "", Field.Store.YES);

        public TextField Title { get; } = new(PassageFields.Title, "", Field.Store.YES);

        public StringField Kind { get; } = new(PassageFields.Kind, "", Field.Store.YES);

        public SortedDocValuesField KindValue { get; } = new(PassageFields.Kind, new BytesRef());

        public StringField Classification { get; } = new(PassageFields.Classification, "", Field.Store.YES);

        public TextField HeadingPath { get; } = new(PassageFields.HeadingPath, "", Field.Store.YES);

        public StoredField PageFrom { get; } = new(PassageFields.PageFrom, 0);

        public StoredField PageTo { get; } = new(PassageFields.PageTo, 0);

        public TextField Text { get; } = new(PassageFields.Text, "", Field.Store.YES);

        public StringField Organisation { get; } = new(PassageFields.Organisation, "", Field.Store.YES);

        public SortedDocValuesField OrganisationValue { get; } = new(PassageFields.Organisation, new BytesRef());

        public TextField OrganisationText { get; } = new(PassageFields.OrganisationText, "", Field.Store.NO);

        public StringField Date { get; } = new(PassageFields.Date, "", Field.Store.YES);

        public Int32Field DateNumber { get; } = new(PassageFields.DateNumber, 0, Field.Store.NO);

        public NumericDocValuesField DateNumberValue { get; } = new(PassageFields.DateNumber, 0);

        public StringField SourceFile { get; } = new(PassageFields.SourceFile, "", Field.Store.YES);

        public StringField IsFinding { get; } = new(PassageFields.IsFinding, PassageFields.True, Field.Store.YES);
    }
}
