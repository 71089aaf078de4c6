namespace Inspection.Application.Exports;

/// <summary>A table to export: a sheet name, its column headings and rows of text, in the words the pages use.</summary>
public sealed record ExportTable(string Name, IReadOnlyList<string> Headings, IReadOnlyList<IReadOnlyList<string>> Rows);
