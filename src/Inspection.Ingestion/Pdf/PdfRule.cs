namespace Inspection.Ingestion.Pdf;

/// <summary>A straight horizontal or vertical ruling line: its position across (y of a horizontal, x of a vertical) and its extent along.</summary>
internal readonly record struct PdfRule(double At, double From, double To);
