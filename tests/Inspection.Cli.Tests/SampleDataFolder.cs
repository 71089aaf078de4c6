namespace Inspection.Cli.Tests;

/// <summary>A data folder set up with the sample evidence once (<c>setup --samples</c>); each test works on its own copy.</summary>
public sealed class SampleDataFolder : IAsyncLifetime
{
    public CliRun Cli { get; } = new();

    public async Task InitializeAsync()
    {
        var setup = await Cli.RunAsync("setup", "--samples");
        Assert.True(setup.ExitCode == 0, setup.Error);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    /// <summary>Copies the loaded folder (store, blobs, index) into <paramref name="target"/>'s data folder.</summary>
    public void CopyTo(CliRun target)
    {
        ArgumentNullException.ThrowIfNull(target);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.EnumerateFiles(Cli.DataDirectory, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target.DataDirectory, Path.GetRelativePath(Cli.DataDirectory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy, overwrite: true);
        }
    }

    public Task DisposeAsync()
    {
        Cli.Dispose();
        return Task.CompletedTask;
    }
}
