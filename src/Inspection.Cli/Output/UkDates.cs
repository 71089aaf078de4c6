using System.Globalization;

namespace Inspection.Cli.Output;

/// <summary>Dates as UK readers expect them on screen ("9 Aug 2021"); JSON keeps ISO dates.</summary>
public static class UkDates
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static string Format(DateOnly? date) => date?.ToString("d MMM yyyy", EnGb) ?? "";

    public static string Format(DateTime? utc) => utc?.ToString("d MMM yyyy HH:mm", EnGb) ?? "";
}
