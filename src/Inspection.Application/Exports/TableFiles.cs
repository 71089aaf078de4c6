using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Inspection.Application.Exports;

/// <summary>
/// An <see cref="ExportTable"/> as CSV (RFC 4180, UTF-8 with a byte-order mark so Excel reads it as UTF-8) or as XLSX.
/// XLSX is written with OpenXml, already used by ingestion: the registry's ClosedXML (0.95) predates OpenXml 3, which we pin.
/// </summary>
public static class TableFiles
{
    public const string CsvType = "text/csv; charset=utf-8";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Csv(ExportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var text = new StringBuilder();
        foreach (var row in table.Rows.Prepend(table.Headings))
        {
            text.AppendJoin(',', row.Select(Cell)).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static byte[] Xlsx(ExportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            foreach (var row in table.Rows.Prepend(table.Headings))
            {
                // Inline strings: no shared-strings part to keep in step, and every value stays text as the page shows it.
                data.Append(new Row(row.Select(v => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(Clean(v)) { Space = SpaceProcessingModeValues.Preserve }) })));
            }

            sheetPart.Worksheet = new Worksheet(data);
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = table.Name.Length > 31 ? table.Name[..31] : table.Name });
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static string Cell(string value)
    {
        // A leading =, +, - or @ would make a spreadsheet run the cell as a formula (CSV injection).
        var safe = value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;
        return safe.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{safe.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : safe;
    }

    // XML 1.0 cannot carry most control characters.
    private static string Clean(string value) => new([.. value.Where(c => c >= ' ' || c is '\t' or '\n' or '\r')]);
}
