using System.Globalization;
using System.Text.RegularExpressions;
using Inspection.Ingestion.Extraction;

namespace Inspection.Ingestion.Enrichment;

/// <summary>
/// Reads RAG-rated action tables (a written statement of action, an improvement plan) into <see cref="ActionRow"/>s. A
/// table starts at a header row recognised by what its cells say (an action column and at least two of owner, date, RAG
/// and progress, in any order and wording); the rows under it, on later pages too, are read through that header until
/// the table ends. A header repeated on a new page is recognised again and skipped.
/// </summary>
internal static partial class ActionTableRule
{
    private const int MaxHeaderCellWords = 6;

    public static IReadOnlyList<ActionRow> Find(IReadOnlyList<Block> blocks)
    {
        var rows = new List<ActionRow>();
        ActionColumns? columns = null;
        var underRepeatedHeader = false;
        foreach (var block in blocks)
        {
            var repeated = underRepeatedHeader;
            underRepeatedHeader = false;
            if (block.Kind != BlockKind.TableRow)
            {
                // Prose between two parts of a table ends it; a heading or note at a page break does not outlast the next header.
                // Text right under the header a table repeats on its next page is the rest of the row the page broke (only one
                // of its cells runs on, so it reads as a paragraph): the table goes on.
                if (block.Kind == BlockKind.Paragraph && BlockText.WordCount(block.Text) > 12 && !repeated)
                {
                    columns = null;
                }

                continue;
            }

            var cells = Cells(block.Text);
            if (ActionColumns.FromHeader(cells) is { } header)
            {
                underRepeatedHeader = columns is not null && rows.Count > 0 && rows[^1].Page < block.Page;
                columns = header;
                continue;
            }

            if (columns is not null && columns.Read(cells, block.Page) is { } row)
            {
                rows.Add(row);
            }
        }

        return rows;
    }

    /// <summary>The cells of a table row block ("a | b | c").</summary>
    public static List<string> Cells(string text) => [.. text.Split(" | ").Select(c => c.Trim())];

    /// <summary>The RAG rating a cell gives, as the plan writes it (Red, Amber, Green, Blue for complete), or null.</summary>
    public static string? Rag(string? cell)
    {
        var text = (cell ?? "").Trim().ToLowerInvariant();
        if (text.Length == 0)
        {
            return null;
        }

        var word = RagWord().Match(text);
        if (word.Success)
        {
            return word.Value switch
            {
                "red" => "Red",
                "amber" => "Amber",
                "green" => "Green",
                "blue" => "Blue",
                _ => "Blue",
            };
        }

        return text switch
        {
            "r" => "Red",
            "a" => "Amber",
            "g" => "Green",
            "b" => "Blue",
            _ => null,
        };
    }

    /// <summary>A due date as a plan writes it: a full date, or a month (the last day of that month: "by March 2025").</summary>
    public static DateOnly? DueDate(string? cell)
    {
        if (string.IsNullOrWhiteSpace(cell))
        {
            return null;
        }

        var dates = UkDates.Find(cell);
        if (dates.Count > 0)
        {
            return dates[0].Date;
        }

        var month = MonthOfYear().Match(cell);
        if (month.Success
            && DateTime.TryParseExact(month.Groups["m"].Value[..3] + " " + month.Groups["y"].Value, "MMM yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
            && first.Year is >= 1990 and <= 2100)
        {
            return DateOnly.FromDateTime(first).AddMonths(1).AddDays(-1);
        }

        return null;
    }

    [GeneratedRegex(@"\b(?:red|amber|green|blue|complete|completed)\b", RegexOptions.CultureInvariant)]
    private static partial Regex RagWord();

    [GeneratedRegex(@"\b(?<m>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(?<y>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthOfYear();

    /// <summary>Which cell of a row holds which column of the plan, from its header row.</summary>
    private sealed class ActionColumns
    {
        private int _reference = -1;
        private int _action = -1;
        private int _owner = -1;
        private int _date = -1;
        private int _rag = -1;
        private int _progress = -1;
        private int _count;

        public static ActionColumns? FromHeader(List<string> cells)
        {
            var columns = new ActionColumns { _count = cells.Count };
            for (var i = 0; i < cells.Count; i++)
            {
                var label = BlockText.Normalise(cells[i]).TrimEnd(':', '.', '?');
                if (label.Length == 0)
                {
                    continue;
                }

                if (BlockText.WordCount(label) > MaxHeaderCellWords || UkDates.Find(label).Count > 0)
                {
                    return null;
                }

                switch (Role(label))
                {
                    case "reference" when columns._reference < 0:
                        columns._reference = i;
                        break;
                    case "owner" when columns._owner < 0:
                        columns._owner = i;
                        break;
                    case "date" when columns._date < 0:
                        columns._date = i;
                        break;
                    case "rag" when columns._rag < 0:
                        columns._rag = i;
                        break;
                    case "progress" when columns._progress < 0:
                        columns._progress = i;
                        break;
                    case "action" when columns._action < 0:
                        columns._action = i;
                        break;
                    default:
                        break;
                }
            }

            var others = new[] { columns._owner, columns._date, columns._rag, columns._progress }.Count(c => c >= 0);
            return columns._action >= 0 && others >= 2 ? columns : null;
        }

        // Owner, date and RAG are looked for before action, so "Action owner" and "Action completed by" go to their own column.
        private static string? Role(string label) =>
            RagLabel().IsMatch(label) ? "rag"
            : OwnerLabel().IsMatch(label) ? "owner"
            : DateLabel().IsMatch(label) ? "date"
            : ProgressLabel().IsMatch(label) ? "progress"
            : ReferenceLabel().IsMatch(label) ? "reference"
            : ActionLabel().IsMatch(label) ? "action"
            : null;

        public ActionRow? Read(List<string> cells, int page)
        {
            // A row of another shape is another table (or a note inside this one), not a row to guess at.
            if (cells.Count != _count)
            {
                return null;
            }

            // A cell holding only a date or a month ("Oct 2019") is a timeline under the table (RAG by quarter), not an action.
            var action = Cell(cells, _action);
            if (action is null || !action.Any(char.IsLetter) || (BlockText.WordCount(action) <= 3 && DueDate(action) is not null))
            {
                return null;
            }

            var rag = _rag >= 0 ? Rag(cells[_rag]) : null;
            var due = _date >= 0 ? DueDate(cells[_date]) : null;
            return new ActionRow(Cell(cells, _reference), action, Cell(cells, _owner), due, rag, Cell(cells, _progress), page);
        }

        private static string? Cell(List<string> cells, int index) =>
            index >= 0 && cells[index].Trim() is { Length: > 0 } text ? text : null;
    }

    [GeneratedRegex(@"^(?:rag|r ?a ?g|rag (?:rating|status|rated)|status|rating|current (?:rag|status))\b", RegexOptions.CultureInvariant)]
    private static partial Regex RagLabel();

    [GeneratedRegex(@"\b(?:owner|owners|lead|leads|lead officer|responsible|responsibility|who|accountable)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OwnerLabel();

    [GeneratedRegex(@"\b(?:date|dates|due|deadline|timescale|timescales|by when|when|completed by|complete by|target)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DateLabel();

    [GeneratedRegex(@"\b(?:progress|update|updates|commentary|comments?|evidence of impact)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ProgressLabel();

    [GeneratedRegex(@"^(?:ref|reference|no|number|#|item|action (?:ref|no|number))$", RegexOptions.CultureInvariant)]
    private static partial Regex ReferenceLabel();

    [GeneratedRegex(@"\b(?:action|actions|what we will do|what will we do|key actions?|task|tasks|activity|activities)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ActionLabel();
}
