using System.Text;

namespace Inspection.Cli.Output;

/// <summary>A plain-text table with columns sized to their content (long cells are shortened with an ellipsis).</summary>
public sealed class TextTable(params string[] headers)
{
    private const int MaxCell = 60;
    private readonly List<string[]> _rows = [];

    public void Add(params string[] cells) => _rows.Add([.. cells.Select(Shorten)]);

    public async Task WriteAsync(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var widths = headers.Select((h, i) => Math.Max(h.Length, _rows.Count == 0 ? 0 : _rows.Max(r => r[i].Length))).ToArray();
        await writer.WriteLineAsync(Line(headers, widths)).ConfigureAwait(false);
        await writer.WriteLineAsync(string.Join("  ", widths.Select(w => new string('-', w)))).ConfigureAwait(false);
        foreach (var row in _rows)
        {
            await writer.WriteLineAsync(Line(row, widths)).ConfigureAwait(false);
        }
    }

    private static string Line(string[] cells, int[] widths)
    {
        var line = new StringBuilder();
        for (var i = 0; i < cells.Length; i++)
        {
            line.Append(i == cells.Length - 1 ? cells[i] : cells[i].PadRight(widths[i] + 2));
        }

        return line.ToString().TrimEnd();
    }

    private static string Shorten(string cell) =>
        cell.Length <= MaxCell ? cell : string.Concat(cell.AsSpan(0, MaxCell - 1), "…");
}
