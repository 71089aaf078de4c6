using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Inspection.Cli.Output;

/// <summary>The JSON settings of every <c>--json</c> output: camelCase, no nulls hidden, readable non-ASCII.</summary>
public static class CliJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>One object per line, for streams (<c>ingest --json</c>, <c>search --batch</c>).</summary>
    public static string Line<T>(T value) => JsonSerializer.Serialize(value, Options);

    private static JsonSerializerOptions IndentedOptions { get; } = new(Options) { WriteIndented = true };

    public static string Indented<T>(T value) => JsonSerializer.Serialize(value, IndentedOptions);
}
