using System.Diagnostics;
using System.Text.Json;

namespace Inspection.Bench;

/// <summary>Runs one phase in a fresh copy of this program, so each phase starts cold and its memory peak is its own.</summary>
internal static class ChildProcess
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static T Run<T>(params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath ?? throw new InvalidOperationException("no process path"))
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
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
