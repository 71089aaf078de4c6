using System.Globalization;

namespace Inspection.Web.Evidence;

/// <summary>What pages show: UK dates ("9 August 2021", times in UK local time) and kinds of evidence in words.</summary>
public static class DisplayText
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");
    private static readonly TimeZoneInfo London = FindLondon();

    public static string Date(DateOnly? date) => date?.ToString("d MMMM yyyy", EnGb) ?? "undated";

    /// <summary>A stored UTC time as UK local time ("9 August 2021, 14:05").</summary>
    public static string Time(DateTime? utc) =>
        utc is null ? "" : TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc.Value, DateTimeKind.Utc), London).ToString("d MMMM yyyy, HH:mm", EnGb);

    public static string Pages(int from, int to) => from <= 0 ? "" : from == to ? $"page {from.ToString(CultureInfo.InvariantCulture)}" : $"pages {from.ToString(CultureInfo.InvariantCulture)} to {to.ToString(CultureInfo.InvariantCulture)}";

    public static string Count(int n, string one, string many) => n == 1 ? $"1 {one}" : $"{n.ToString("N0", EnGb)} {many}";

    /// <summary>"1,250 passages", or "More than 1,000 passages" when the search stopped counting (a lower bound).</summary>
    public static string Count(int n, bool atLeast, string one, string many) => atLeast ? $"More than {n.ToString("N0", EnGb)} {many}" : Count(n, one, many);

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
