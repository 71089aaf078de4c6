using System.Globalization;
using Inspection.Content.Model;

namespace Inspection.Web.Evidence;

/// <summary>Dates as people type them on our forms (31/03/2024, 31 March 2024, also 2024-03-31: <see cref="DateInput"/>), and as the forms show them back.</summary>
public static class UkDate
{
    public static bool TryParse(string? text, out DateOnly date) => DateInput.TryParseDay(text, out date);

    public static string Input(DateOnly? date) => date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "";
}
