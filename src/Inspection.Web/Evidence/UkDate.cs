using System.Globalization;

namespace Inspection.Web.Evidence;

/// <summary>Dates as people type them on our forms (31/03/2024, also 2024-03-31), and as the forms show them back.</summary>
public static class UkDate
{
    private static readonly string[] Formats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];

    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact((text ?? "").Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static string Input(DateOnly? date) => date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "";
}
