namespace SampleEvidence.Model;

/// <summary>A table with a header row; column weights set relative column widths.</summary>
internal sealed record TableBlock(
    IReadOnlyList<string> Headers,
    IReadOnlyList<IReadOnlyList<string>> Rows,
    IReadOnlyList<double> ColumnWeights) : Block;
