namespace SampleEvidence.Model;

/// <summary>A body paragraph, optionally with a paragraph number such as "3.2" set in the margin.</summary>
internal sealed record ParagraphBlock(string Text, string? Number = null, bool Bold = false) : Block;
