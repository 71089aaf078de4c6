using System.Text.Json.Serialization;

namespace Inspection.Bench.Report;

/// <summary>One measured figure: every run's value, reported as median with min and max.</summary>
internal sealed record Figure(string Group, string Name, string Unit, IReadOnlyList<double> Runs, string? Note = null)
{
    [JsonPropertyName("median")]
    public double Median => Runs.Count == 0 ? double.NaN : Stats.Median([.. Runs]);

    [JsonPropertyName("min")]
    public double Min => Runs.Count == 0 ? double.NaN : Runs.Min();

    [JsonPropertyName("max")]
    public double Max => Runs.Count == 0 ? double.NaN : Runs.Max();
}
