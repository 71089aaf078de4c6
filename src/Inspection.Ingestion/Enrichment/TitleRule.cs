using Inspection.Ingestion.Extraction;

namespace Inspection.Ingestion.Enrichment;

/// <summary>The document's own title: the title the file declares, else its first heading.</summary>
internal static class TitleRule
{
    public static string? Find(ExtractedDocument document)
    {
        if (!string.IsNullOrWhiteSpace(document.Title))
        {
            return document.Title.Trim();
        }

        return document.Blocks.FirstOrDefault(b => b.Kind == BlockKind.Heading && b.Text.Length is > 3 and < 200)?.Text.Trim();
    }
}
