using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Inspection.Cli.Tests;

/// <summary>
/// Ctrl-C as a person presses it: the real <c>inspection</c> executable in a child process (POSIX: the tests run on Linux), sent SIGINT in the middle of a
/// large recipe import. It must say "cancelled" in one line (no log lines of the database layer), exit 130, and leave the
/// store as it was: the import is one transaction.
/// </summary>
public sealed class CancelTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task CtrlCDuringARecipeImportSaysCancelledInOneLineExits130AndAppliesNothing()
    {
        Assert.Equal(0, (await _cli.RunAsync("setup")).ExitCode);
        var recipe = Path.Combine(_cli.DataDirectory, "large.recipe.json");
        var items = string.Join(",\n", Enumerable.Range(0, 20_000).Select(i => string.Create(
            CultureInfo.InvariantCulture,
            $$"""{ "ContentItemId": "4stop{{i:D20}}", "ContentType": "Other", "DisplayText": "Note {{i}}" }""")));
        await File.WriteAllTextAsync(recipe, "{ \"name\": \"large\", \"steps\": [ { \"name\": \"Content\", \"data\": [\n" + items + "\n] } ] }", CancellationToken.None);

        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "inspection"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "--data", _cli.DataDirectory, "recipe", "import", recipe })
        {
            start.ArgumentList.Add(arg);
        }

        using var child = Process.Start(start)!;
        var errors = child.StandardError.ReadToEndAsync(CancellationToken.None);
        // Interrupted once the import is under way: after its first progress line, well before its last.
        string? line;
        var progress = new List<string>();
        while ((line = await child.StandardOutput.ReadLineAsync(CancellationToken.None)) is not null)
        {
            progress.Add(line);
            if (line.StartsWith("[200/20000]", StringComparison.Ordinal))
            {
                using var signal = Process.Start("kill", ["-INT", child.Id.ToString(CultureInfo.InvariantCulture)]);
                await signal.WaitForExitAsync(CancellationToken.None);
                break;
            }
        }

        var rest = await child.StandardOutput.ReadToEndAsync(CancellationToken.None);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await child.WaitForExitAsync(timeout.Token);

        Assert.Contains("[200/20000] items of large.recipe.json saved", progress);
        Assert.DoesNotContain("[20000/20000]", rest, StringComparison.Ordinal);
        // Nothing but progress on standard output: the console logger writes there, and EF's "fail: ..." had.
        Assert.All(
            progress.Concat(rest.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)),
            l => Assert.Matches(@"^\[\d+/20000\] items of large\.recipe\.json saved$", l));
        Assert.Equal(130, child.ExitCode);
        Assert.Equal("cancelled", (await errors).Trim());
        var documents = (await _cli.RunAsync("documents", "--json")).Output;
        Assert.DoesNotContain("4stop", documents, StringComparison.Ordinal);
        Assert.Equal(0, JsonDocument.Parse(documents).RootElement.GetArrayLength());
    }
}
