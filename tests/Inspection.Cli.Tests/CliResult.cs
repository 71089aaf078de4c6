using System.Text.Json;

namespace Inspection.Cli.Tests;

/// <summary>What one command run returned and printed.</summary>
public sealed record CliResult(int ExitCode, string Output, string Error)
{
    public JsonElement Json() => JsonDocument.Parse(Output).RootElement.Clone();

    public IReadOnlyList<JsonElement> JsonLines() =>
        [.. Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.Clone())];
}
