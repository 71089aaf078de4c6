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

        var documents = (await _cli.RunAsync("documents", "--json")).Json().EnumerateArray().ToList();
        var extensions = documents.Select(d => Path.GetExtension(d.GetProperty("sourceFile").GetString())).ToList();
        Assert.Contains(".pdf", extensions);
        Assert.Contains(".docx", extensions);
        Assert.Contains(".html", extensions);
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
