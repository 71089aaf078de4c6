namespace SampleEvidence.Model;

/// <summary>Short lines kept as they are: letterheads, addresses, signatures, report front matter.</summary>
internal sealed record LinesBlock(IReadOnlyList<string> Lines, LineAlignment Alignment, bool Bold = false) : Block;
