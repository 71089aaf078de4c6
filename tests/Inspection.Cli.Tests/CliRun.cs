using Inspection.Cli;
using Inspection.Cli.Hosting;

namespace Inspection.Cli.Tests;

/// <summary>Runs the real <c>inspection</c> command in-process over one temp data folder and captures what a person would see.</summary>
public sealed class CliRun : IDisposable
{
    public CliRun(IReadOnlyDictionary<string, string?>? settings = null)
    {
        Settings = settings;
        DataDirectory = Path.Combine(Path.GetTempPath(), "inspection-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataDirectory);
    }

    public string DataDirectory { get; }

    public IReadOnlyDictionary<string, string?>? Settings { get; }

    public static string CorpusFile(string name) => Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared", "corpus", "real", name));

    /// <summary>The folder holding Inspection.sln, above the test binaries.</summary>
    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Inspection.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("no Inspection.sln above the test folder");
    }

    public Task<CliResult> RunAsync(params string[] args) => RunWithInputAsync("", args);

    public async Task<CliResult> RunWithInputAsync(string input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var reader = new StringReader(input);
        var exit = await InspectionCli.RunAsync(["--data", DataDirectory, .. args], new CliConsole(output, error, reader), Settings);
        return new CliResult(exit, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        // SQLite's pool keeps the file open until cleared; the folder is in temp either way.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean: a test's assertion matters more than its temp folder.
        }
    }
}
