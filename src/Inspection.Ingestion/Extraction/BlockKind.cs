namespace Inspection.Ingestion.Extraction;

/// <summary>What a block of extracted text is.</summary>
public enum BlockKind
{
    Heading,
    Paragraph,
    ListItem,
    TableRow,
}
