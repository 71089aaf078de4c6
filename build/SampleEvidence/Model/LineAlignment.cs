namespace SampleEvidence.Model;

/// <summary>Horizontal placement of a <see cref="LinesBlock"/>.</summary>
internal enum LineAlignment
{
    Left,
    Right,
}
