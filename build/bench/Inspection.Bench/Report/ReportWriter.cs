using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Inspection.Bench.Report;

/// <summary>Writes the report as a Markdown table (also printed) and as JSON with every run.</summary>
internal static class ReportWriter
{
    /// <summary>How the note begins that says which figures a run of some phases kept from the report before.</summary>
    public const string KeptNotePrefix = "This run measured only";

    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static string Markdown(BenchReport report)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# Inspection benchmarks ({report.Size})");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Run {report.StartedUtc:yyyy-MM-dd HH:mm} UTC, commit `{report.Commit}`, {report.TotalMinutes:0.0} minutes. Machine: {string.Join(", ", report.Machine.Select(m => $"{m.Key} {m.Value}"))}.");
        text.AppendLine("Each figure: median [min-max] over its runs; ratios are taken run by run within this one run of the benchmarks.");
        foreach (var kept in report.Notes.Where(n => n.StartsWith(KeptNotePrefix, StringComparison.Ordinal)))
        {
            // Figures kept from an earlier run change what the line above means: say so before the tables.
            text.AppendLine(kept);
        }

        text.AppendLine();
        text.AppendLine("## Targets");
        text.AppendLine();
        text.AppendLine("| target | measured | met |");
        text.AppendLine("|---|---|---|");
        foreach (var target in report.Targets)
        {
            var met = target.Met switch { true => "met", false => "**not met**", null => "not measured" };
            text.AppendLine(CultureInfo.InvariantCulture, $"| {target.Target} | {target.Measured} | {met} |");
        }

        foreach (var group in report.Figures.GroupBy(f => f.Group))
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"## {group.Key}");
            text.AppendLine();
            text.AppendLine("| figure | median [min-max] | unit | runs | note |");
            text.AppendLine("|---|---|---|---|---|");
            foreach (var figure in group)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"| {figure.Name} | {Range(figure)} | {figure.Unit} | {figure.Runs.Count} | {figure.Note} |");
            }
        }

        if (report.Notes.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("## Notes");
            text.AppendLine();
            foreach (var note in report.Notes)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"- {note}");
            }
        }

        return text.ToString();
    }

    public static string ToJson(BenchReport report) => JsonSerializer.Serialize(report, JsonOptions);

    public static string Range(Figure figure) => figure.Runs.Count == 0
        ? "not measured"
        : figure.Runs.Count == 1
            ? Number(figure.Median)
            : $"{Number(figure.Median)} [{Number(figure.Min)}-{Number(figure.Max)}]";

    public static string Number(double value) => Math.Abs(value) switch
    {
        >= 100 => value.ToString("N0", CultureInfo.InvariantCulture),
        >= 10 => value.ToString("0.0", CultureInfo.InvariantCulture),
        >= 1 => value.ToString("0.00", CultureInfo.InvariantCulture),
        _ => value.ToString("0.000", CultureInfo.InvariantCulture),
    };
}
