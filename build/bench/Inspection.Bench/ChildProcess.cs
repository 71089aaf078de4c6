using System.Diagnostics;
using System.Text.Json;

namespace Inspection.Bench;

/// <summary>Runs one phase in a fresh copy of this program, so each phase starts cold and its memory peak is its own.</summary>
internal static class ChildProcess
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    // The CLI's runtime settings (Inspection.Cli.csproj), copied beside this program by the project reference.
    private const string CliRuntimeConfig = "inspection.runtimeconfig.json";

    public static T Run<T>(params string[] arguments) => Start<T>(RunHere(), arguments);

    /// <summary>Runs a phase under the CLI's runtime settings (JIT, GC) rather than this program's, for phases that stand in for a CLI command.</summary>
    public static T RunAsCli<T>(params string[] arguments)
    {
        var config = Path.Combine(AppContext.BaseDirectory, CliRuntimeConfig);
        var program = Path.Combine(AppContext.BaseDirectory, "Inspection.Bench.dll");
        if (!File.Exists(config) || !File.Exists(program))
        {
            throw new InvalidOperationException($"{CliRuntimeConfig} or Inspection.Bench.dll is missing from {AppContext.BaseDirectory}");
        }

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in (string[])["exec", "--runtimeconfig", config, program])
        {
            start.ArgumentList.Add(argument);
        }

        return Start<T>(start, arguments);
    }

    private static ProcessStartInfo RunHere() =>
        new(Environment.ProcessPath ?? throw new InvalidOperationException("no process path"))
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };

    private static T Start<T>(ProcessStartInfo start, string[] arguments)
    {
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("the child phase did not start");
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var last = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        if (process.ExitCode != 0 || last is null)
        {
            throw new InvalidOperationException($"phase '{string.Join(' ', arguments)}' failed with exit code {process.ExitCode}");
        }

        return JsonSerializer.Deserialize<T>(last, Json) ?? throw new InvalidOperationException("the child phase printed no result");
    }

    public static void Print<T>(T result) => Console.Out.WriteLine(JsonSerializer.Serialize(result, Json));
}
