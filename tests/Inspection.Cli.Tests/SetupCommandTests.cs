namespace Inspection.Cli.Tests;

public sealed class SetupCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task SetupCreatesTheStoreAndDocumentsListsNothingYet()
    {
        var setup = await _cli.RunAsync("setup");
        Assert.Equal(0, setup.ExitCode);
        Assert.True(File.Exists(Path.Combine(_cli.DataDirectory, "inspection.db")));

        var documents = await _cli.RunAsync("documents", "--json");
        Assert.Equal(0, documents.ExitCode);
        Assert.Equal(0, documents.Json().GetArrayLength());
    }

    [Fact]
    public async Task SetupWithSamplesServesTheSamplesAuthorityWhichTheAuthorityCommandChanges()
    {
        var setup = await _cli.RunAsync("setup", "--samples", "--json");
        Assert.Equal(0, setup.ExitCode);
        Assert.Equal("Harrowden Borough Council", setup.Json().GetProperty("authority").GetString());
        Assert.Equal(0, (await _cli.RunAsync("findings", "--organisation", "elsewhere", "--json")).Json().GetArrayLength());
        var ours = (await _cli.RunAsync("findings", "--json")).Json().GetArrayLength();
        Assert.True(ours > 0);

        var changed = await _cli.RunAsync("authority", "Westmarch County Council", "--json");
        Assert.Equal(0, changed.ExitCode);
        Assert.True(changed.Json().GetProperty("changed").GetBoolean());
        Assert.Equal("Westmarch County Council", (await _cli.RunAsync("authority", "--json")).Json().GetProperty("authority").GetString());
        // Harrowden's letters are now another organisation's.
        Assert.Equal(0, (await _cli.RunAsync("findings", "--json")).Json().GetArrayLength());
        Assert.Equal(ours, (await _cli.RunAsync("findings", "--organisation", "harrowden council", "--json")).Json().GetArrayLength());
        Assert.Contains("settings.authority", (await _cli.RunAsync("audit", "--json")).Output, StringComparison.Ordinal);

        // Running set-up again keeps the authority that was chosen.
        await _cli.RunAsync("setup", "--samples");
        Assert.Equal("Westmarch County Council", (await _cli.RunAsync("authority", "--json")).Json().GetProperty("authority").GetString());
    }

    [Fact]
    public async Task SetupWithSamplesLoadsEveryFormatAndRunningItTwiceChangesNothing()
    {
        var first = await _cli.RunAsync("setup", "--samples", "--json");
        Assert.Equal(0, first.ExitCode);
        var samples = first.Json().GetProperty("samples").EnumerateArray().ToList();
        Assert.Equal(8, samples.Count);
        Assert.All(samples, s => Assert.Equal("created", s.GetProperty("status").GetString()));
        var before = (await _cli.RunAsync("documents", "--json")).Output;

        var second = await _cli.RunAsync("setup", "--samples", "--json");
        Assert.Equal(0, second.ExitCode);
        Assert.All(second.Json().GetProperty("samples").EnumerateArray(), s => Assert.Equal("duplicate", s.GetProperty("status").GetString()));
        Assert.All(second.Json().GetProperty("recipes").EnumerateArray(), r =>
        {
            Assert.Equal(0, r.GetProperty("itemsCreated").GetInt32());
            Assert.Equal(0, r.GetProperty("itemsUpdated").GetInt32());
        });
        var after = (await _cli.RunAsync("documents", "--json")).Output;
        Assert.Equal(before, after);
        // Nor does it make an upload job to say the samples are already held: the uploads page would gain a row at every start.
        Assert.Equal(1, await JobCountAsync());

        var documents = (await _cli.RunAsync("documents", "--json")).Json().EnumerateArray().ToList();
        var extensions = documents.Select(d => Path.GetExtension(d.GetProperty("sourceFile").GetString())).ToList();
        Assert.Contains(".pdf", extensions);
        Assert.Contains(".docx", extensions);
        Assert.Contains(".html", extensions);
    }

    private async Task<long> JobCountAsync()
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_cli.DataDirectory, "inspection.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM IngestionJobs";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task AnUnknownCommandIsBadUsageWithOneLineOnStandardError()
    {
        var result = await _cli.RunAsync("frobnicate");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("frobnicate", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("", result.Output);
    }

    [Fact]
    public async Task ShowOfAnUnknownIdIsBadInputNamingTheId()
    {
        await _cli.RunAsync("setup");
        var result = await _cli.RunAsync("show", "nosuchdocument", "--json");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("nosuchdocument", result.Error, StringComparison.Ordinal);
        Assert.StartsWith("{", result.Error.Trim(), StringComparison.Ordinal);
    }
}
