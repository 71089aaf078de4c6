namespace Inspection.Cli.Tests;

/// <summary>A data folder set up and loaded with the three real corpus papers once, for the commands that only read.</summary>
public sealed class CorpusDataFolder : IAsyncLifetime
{
    public CliRun Cli { get; } = new();

    public async Task InitializeAsync()
    {
        Assert.Equal(0, (await Cli.RunAsync("setup")).ExitCode);
        var ingest = await Cli.RunAsync(
            "ingest",
            CliRun.CorpusFile("medway-cabinet-send-revisit-2020.pdf"),
            CliRun.CorpusFile("medway-lead-member-childrens-services-2022.pdf"),
            CliRun.CorpusFile("thurrock-childrens-overview-scrutiny-2021-10.pdf"));
        Assert.Equal(0, ingest.ExitCode);
    }

    public Task DisposeAsync()
    {
        Cli.Dispose();
        return Task.CompletedTask;
    }
}
