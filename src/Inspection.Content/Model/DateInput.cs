using System.Globalization;

namespace Inspection.Content.Model;

/// <summary>
/// Dates as people in England type them, read in one place for every form, query filter and command: a day as
/// 31/03/2024, 31/3/24 is not taken (a two-digit year is ambiguous), 31-03-2024, 31.03.2024, 2024-03-31 or
/// 31 March 2024 / 31 Mar 2024; a period (where a filter starts) also as 2024-03, 03/2024, March 2024 or 2024.
/// Day before month always: 01/09/2025 is the first of September.
/// </summary>
public static class DateInput
{
    /// <summary>What to show someone whose date was not understood.</summary>
    public const string DayExample = "31/03/2024";

    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    private static readonly string[] DayFormats =
    [
        "yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy", "d-M-yyyy", "dd.MM.yyyy", "d.M.yyyy",
        "d MMMM yyyy", "d MMM yyyy", "dd MMMM yyyy", "dd MMM yyyy",
    ];

    private static readonly string[] PeriodFormats = ["yyyy-MM", "MM/yyyy", "M/yyyy", "MMMM yyyy", "MMM yyyy", "yyyy"];

    /// <summary>A whole day, or false when the text is not one.</summary>
    public static bool TryParseDay(string? text, out DateOnly date) =>
        TryParse(text, DayFormats, out date);

    /// <summary>A day, or the first day of a month or a year typed on its own.</summary>
    public static bool TryParsePeriodStart(string? text, out DateOnly date) =>
        TryParse(text, DayFormats, out date) || TryParse(text, PeriodFormats, out date);

    /// <summary>
    /// What to say of a date that was not understood, naming the field ("the due date") and a date to copy: a day that the
    /// month does not have ("31/02/2025 is not a real date: February 2025 has 28 days") and a month after the twelfth, as
    /// when the month is typed first ("12/31/2025: type the day first, like 31/03/2024"), are said as such.
    /// </summary>
    public static string Mistake(string? text, string field, string example)
    {
        var parts = (text ?? "").Trim().Split(['/', '-', '.'], StringSplitOptions.TrimEntries);
        if (parts.Length == 3
            && parts[2].Length == 4
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && year is >= 1 and <= 9999
            && day >= 1)
        {
            var typed = text!.Trim();
            if (month > 12 && month <= 31 && day <= 12)
            {
                return $"{typed} has no month {month.ToString(CultureInfo.InvariantCulture)}: type {field} with the day first, like {example}";
            }

            if (month is >= 1 and <= 12 && day > DateTime.DaysInMonth(year, month))
            {
                var days = DateTime.DaysInMonth(year, month).ToString(CultureInfo.InvariantCulture);
                return $"{typed} is not a real date: {new DateOnly(year, month, 1).ToString("MMMM yyyy", EnGb)} has {days} days";
            }
        }

        return $"Enter {field} as a date, like {example}";
    }

    private static bool TryParse(string? text, string[] formats, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        // One space between words, and "Sept" (as the UK writes it) read as "Sep"; month names in either case.
        var cleaned = string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Replace(",", "", StringComparison.Ordinal);
        cleaned = ReplaceWord(cleaned, "sept", "Sep");
        return DateOnly.TryParseExact(cleaned, formats, EnGb, DateTimeStyles.None, out date)
            || DateOnly.TryParseExact(cleaned, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    private static string ReplaceWord(string text, string word, string replacement)
    {
        var words = text.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            if (string.Equals(words[i].TrimEnd('.'), word, StringComparison.OrdinalIgnoreCase))
            {
                words[i] = replacement;
            }
        }

        return string.Join(' ', words);
    }
}
