using System.Globalization;

namespace Inspection.Web.Evidence;

/// <summary>What pages show: UK dates ("9 August 2021", times in UK local time) and kinds of evidence in words.</summary>
public static class DisplayText
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");
    private static readonly TimeZoneInfo London = FindLondon();

    public static string Date(DateOnly? date) => date?.ToString("d MMMM yyyy", EnGb) ?? "undated";

    /// <summary>The date in the UK at this instant (what "today" and "overdue" mean to staff).</summary>
    public static DateOnly UkToday(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, London).DateTime);

    /// <summary>A stored UTC time as UK local time ("9 August 2021, 14:05").</summary>
    public static string Time(DateTime? utc) =>
        utc is null ? "" : TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc.Value, DateTimeKind.Utc), London).ToString("d MMMM yyyy, HH:mm", EnGb);

    public static string Pages(int from, int to) => from <= 0 ? "" : from == to ? $"page {from.ToString(CultureInfo.InvariantCulture)}" : $"pages {from.ToString(CultureInfo.InvariantCulture)} to {to.ToString(CultureInfo.InvariantCulture)}";

    public static string Count(int n, string one, string many) => n == 1 ? $"1 {one}" : $"{n.ToString("N0", EnGb)} {many}";

    /// <summary>"1,250 passages", or "More than 1,000 passages" when the search stopped counting (a lower bound).</summary>
    public static string Count(int n, bool atLeast, string one, string many) => atLeast ? $"More than {n.ToString("N0", EnGb)} {many}" : Count(n, one, many);

    /// <summary>"About 37,000 passages": an estimate, to two significant figures.</summary>
    public static string About(int n, string many) => $"About {Rounded(n).ToString("N0", EnGb)} {many}";

    /// <summary>A facet's count: "1,250", or "about 1,200" when counted from a sample.</summary>
    public static string FacetCount(int n, bool estimated) => estimated ? $"about {Rounded(n).ToString("N0", EnGb)}" : n.ToString("N0", EnGb);

    private static int Rounded(int n)
    {
        var unit = 1;
        while (n / unit >= 100)
        {
            unit *= 10;
        }

        return (int)Math.Round(n / (double)unit, MidpointRounding.AwayFromZero) * unit;
    }

    private static TimeZoneInfo FindLondon()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
