namespace SampleEvidence.Model;

/// <summary>Vertical space in points (PDF) or an empty paragraph (DOCX, HTML).</summary>
internal sealed record SpacerBlock(double Points) : Block;
