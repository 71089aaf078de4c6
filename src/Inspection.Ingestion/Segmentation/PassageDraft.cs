using Inspection.Content.Evidence;

namespace Inspection.Ingestion.Segmentation;

/// <summary>A passage before it belongs to a stored version: the pipeline gives it ids with <see cref="ToPassage"/>.</summary>
public sealed record PassageDraft(int Ordinal, string HeadingPath, int PageFrom, int PageTo, string Text)
{
    public Passage ToPassage(string passageId, string contentItemId, string contentItemVersionId) =>
        new(passageId, contentItemId, contentItemVersionId, Ordinal, HeadingPath, PageFrom, PageTo, Text);
}
