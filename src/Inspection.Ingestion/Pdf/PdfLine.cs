namespace Inspection.Ingestion.Pdf;

/// <summary>One visual line of a PDF page: its text, columnar cells when gaps split it, and the geometry blocks are built from.</summary>
internal sealed record PdfLine(
    string Text,
    IReadOnlyList<string> Cells,
    double Baseline,
    double Left,
    double Right,
    double FontSize,
    bool Bold,
    int Characters)
{
    /// <summary>True when a list bullet drawn as a shape, not a character, starts the line (see <see cref="PdfBullets"/>).</summary>
    public bool Bulleted { get; init; }
}
