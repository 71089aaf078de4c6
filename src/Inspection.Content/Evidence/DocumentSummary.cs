using Inspection.Content.Model;

namespace Inspection.Content.Evidence;

/// <summary>One line of a document list: what a person needs to recognise a piece of evidence.</summary>
public sealed record DocumentSummary(
    string Id,
    string VersionId,
    string Type,
    string Title,
    DateOnly? Date,
    string? Organisation,
    string? Classification,
    string? SourceFile,
    int? Pages,
    bool Published,
    DateTime? ModifiedUtc)
{
    public static DocumentSummary From(ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var pages = EvidencePart.GetNumber(item, EvidencePart.Pages);
        return new DocumentSummary(
            item.ContentItemId,
            item.ContentItemVersionId,
            item.ContentType,
            item.DisplayText,
            EvidencePart.GetDate(item, EvidencePart.DocumentDate),
            EvidencePart.GetText(item, EvidencePart.Organisation),
            EvidencePart.GetText(item, EvidencePart.Classification),
            EvidencePart.GetText(item, EvidencePart.SourceFileName),
            pages is null ? null : (int)pages.Value,
            item.Published,
            item.ModifiedUtc);
    }
}
