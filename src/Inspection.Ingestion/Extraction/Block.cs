namespace Inspection.Ingestion.Extraction;

/// <summary>One unit of extracted text with its structure and the (1-based) page it came from; <see cref="HeadingLevel"/> is 0 unless a heading.</summary>
public sealed record Block(string Text, BlockKind Kind, int Page, int HeadingLevel = 0);
