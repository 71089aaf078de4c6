using System.Globalization;
using System.Text.RegularExpressions;

namespace Inspection.Ingestion.Enrichment;

/// <summary>Finds dates written the UK way ("7 April 2020", "9th of August 2021", "09/08/2021") and visit date ranges ("30 June and 1 July 2021").</summary>
internal static partial class UkDates
{
    private const string Month =
        "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

    private const string Day = @"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?";

    /// <summary>Every single date in the text, in order, with its position.</summary>
    public static IReadOnlyList<(DateOnly Date, int Index)> Find(string text)
    {
        var found = new List<(DateOnly, int)>();
        foreach (Match match in WrittenDate().Matches(text))
        {
            if (TryCreate(match.Groups["y"].Value, match.Groups["m"].Value, match.Groups["d"].Value, out var date))
            {
                found.Add((date, match.Index));
            }
        }

        foreach (Match match in NumericDate().Matches(text))
        {
            var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
            year = year < 100 ? 2000 + year : year;
            if (TryCreate(year, int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture), out var date))
            {
                found.Add((date, match.Index));
            }
        }

        found.Sort((a, b) => a.Item2.CompareTo(b.Item2));
        return found;
    }

    /// <summary>True when the whole text is one date (a dateline such as "7 APRIL 2020").</summary>
    public static bool IsDateOnly(string text, out DateOnly date)
    {
        var trimmed = text.Trim().TrimEnd('.');
        var dates = Find(trimmed);
        date = dates.Count == 1 ? dates[0].Date : default;
        return dates.Count == 1 && dates[0].Index == 0 && DateLength(trimmed) == trimmed.Length;
    }

    /// <summary>
    /// The days of the first date range or list in the text: "6 and 7 July 2021", "30 June and 1 July 2021",
    /// "between 9 and 11 December 2019" (every day), "4- 8 December 2017" (every day), else a single date.
    /// </summary>
    public static IReadOnlyList<DateOnly> FindVisitDates(string text)
    {
        // "7 November 2016 to 1 December 2016": both ends written in full.
        var full = FullRange().Match(text);
        if (full.Success
            && TryCreate(full.Groups["y1"].Value, full.Groups["m1"].Value, full.Groups["d1"].Value, out var first)
            && TryCreate(full.Groups["y2"].Value, full.Groups["m2"].Value, full.Groups["d2"].Value, out var last)
            && last >= first && last.DayNumber - first.DayNumber <= 62)
        {
            return last.DayNumber - first.DayNumber > 31 ? [first, last] : [.. Enumerable.Range(0, last.DayNumber - first.DayNumber + 1).Select(first.AddDays)];
        }

        var range = DateRange().Match(text);
        if (range.Success
            && TryCreate(range.Groups["y"].Value, range.Groups["m2"].Value, range.Groups["d2"].Value, out var end)
            && TryCreate(range.Groups["y"].Value, range.Groups["m1"].Success ? range.Groups["m1"].Value : range.Groups["m2"].Value, range.Groups["d1"].Value, out var start))
        {
            if (start > end)
            {
                start = start.AddYears(-1);
            }

            var separator = range.Groups["sep"].Value.Trim().ToLowerInvariant();
            var isList = separator is "and" or "&" && !range.Groups["between"].Success;
            if (isList || end.DayNumber - start.DayNumber > 31)
            {
                return start == end ? [start] : [start, end];
            }

            return [.. Enumerable.Range(0, end.DayNumber - start.DayNumber + 1).Select(start.AddDays)];
        }

        var single = Find(text);
        return single.Count > 0 ? [single[0].Date] : [];
    }

    private static int DateLength(string text)
    {
        var written = WrittenDate().Match(text);
        return written.Success ? written.Length : NumericDate().Match(text).Length;
    }

    private static bool TryCreate(string year, string month, string day, out DateOnly date)
    {
        date = default;
        var monthNumber = MonthNumber(month);
        var digits = DayDigits().Match(day).Value;
        return monthNumber > 0
            && int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            && TryCreate(y, monthNumber, d, out date);
    }

    private static bool TryCreate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1990 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static int MonthNumber(string month)
    {
        if (month.Length < 3)
        {
            return 0;
        }

        var prefix = month[..3].ToLowerInvariant();
        string[] months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
        return Array.IndexOf(months, prefix) + 1;
    }

    [GeneratedRegex(@"\b(?<d>" + Day + @")(?:\s+of)?\s+(?<m>" + Month + @")(?:\.?,?\s+|\.)(?<y>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex WrittenDate();

    [GeneratedRegex(@"(?<![\d/.])(?<d>\d{1,2})[/.](?<m>\d{1,2})[/.](?<y>\d{4}|\d{2})(?![\d/.])")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"(?<between>\b(?:between|from)\s+(?:the\s+)?)?\b(?<d1>" + Day + @")(?:\s+(?<m1>" + Month + @"))?\s*(?<sep>-|–|—|\bto\b|\band\b|&|\buntil\b)\s*(?:the\s+)?(?<d2>" + Day + @")\s+(?<m2>" + Month + @")(?:\.?,?\s+|\.)(?<y>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex DateRange();

    /// <summary>A month and year written without a day ("in May 2021"): the first of that month, with its position.</summary>
    public static IReadOnlyList<(DateOnly Month, int Index)> FindMonths(string text)
    {
        var found = new List<(DateOnly, int)>();
        foreach (Match match in MonthYear().Matches(text))
        {
            var month = MonthNumber(match.Groups["m"].Value);
            if (month > 0 && int.TryParse(match.Groups["y"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1990 and <= 2100)
            {
                found.Add((new DateOnly(year, month, 1), match.Index));
            }
        }

        return found;
    }

    [GeneratedRegex(@"\b(?<d1>" + Day + @")\s+(?<m1>" + Month + @")(?:\.?,?\s+|\.)(?<y1>(?:19|20)\d{2})\s*(?:-|–|—|\bto\b|\band\b|\buntil\b)\s*(?<d2>" + Day + @")\s+(?<m2>" + Month + @")(?:\.?,?\s+|\.)(?<y2>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex FullRange();

    [GeneratedRegex(@"(?<!\d\s{0,3})(?<![\d/])\b(?<m>january|february|march|april|may|june|july|august|september|october|november|december)(?:\.?\s+|\.)(?<y>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"^\d+")]
    private static partial Regex DayDigits();
}
