namespace SampleEvidence.Model;

/// <summary>A heading; level 1 is the document title, 2 a section, 3 a subsection.</summary>
internal sealed record HeadingBlock(int Level, string Text) : Block;
