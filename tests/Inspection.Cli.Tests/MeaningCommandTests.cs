namespace Inspection.Cli.Tests;

/// <summary><c>inspection meaning</c> embeds what meaning search does not cover yet, so a data folder only the command line uses gets meaning search too.</summary>
public sealed class MeaningCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "inspection-meaning-" + Guid.NewGuid().ToString("N"));

    public MeaningCommandTests() => Directory.CreateDirectory(_folder);

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task ItEmbedsEveryPassageOnceAndSearchStopsSayingItIsCatchingUp()
    {
        using var cli = new CliRun();
        await cli.RunAsync("setup");
        var file = Path.Combine(_folder, "panel-notes.md");
        await File.WriteAllTextAsync(file, "# Placement panel notes\n\nThe panel reviewed supervision records for children placed at a distance.\n\nCare leavers asked for help with travel costs to college.\n\nThe fostering team approved four new households this quarter.\n");
        Assert.Equal(0, (await cli.RunAsync("ingest", file)).ExitCode);
        var before = (await cli.RunAsync("search", "supervision", "--json")).Json();
        Assert.Contains("Meaning search is still catching up", before.GetProperty("message").GetString(), StringComparison.Ordinal);

        var run = await cli.RunAsync("meaning", "--json");

        Assert.True(run.ExitCode == 0, run.Error);
        var summary = run.JsonLines()[^1];
        Assert.True(summary.GetProperty("embedded").GetInt32() > 0);
        Assert.Equal(0, summary.GetProperty("pending").GetInt32());
        var after = (await cli.RunAsync("search", "supervision", "--json")).Json();
        Assert.DoesNotContain("catching up", after.GetProperty("message").GetString() ?? "", StringComparison.Ordinal);
        var again = await cli.RunAsync("meaning");
        Assert.Contains("Meaning search covers every passage: 0 embedded", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithMeaningSearchOffItSaysSoAndEmbedsNothing()
    {
        using var cli = new CliRun(new Dictionary<string, string?> { ["Search:MeaningSearch"] = "false" });
        await cli.RunAsync("setup");

        var run = await cli.RunAsync("meaning");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Meaning search is off", run.Output, StringComparison.Ordinal);
    }
}
