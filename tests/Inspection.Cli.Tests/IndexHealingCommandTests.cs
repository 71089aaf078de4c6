namespace Inspection.Cli.Tests;

/// <summary>A search index with a segment file cut in half: the CLI's search and reindex heal it from the store.</summary>
public sealed class IndexHealingCommandTests : IDisposable
{
    private const string Query = "\"has not made sufficient progress\"";
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task SearchOnAnIndexWithASegmentCutInHalfMovesItAsideRebuildsItAndAnswersAsBefore()
    {
        var before = await IngestAndSearchAsync();
        CutLargestSegmentFileInHalf();

        var search = await _cli.RunAsync("search", Query, "--json");

        Assert.Equal(0, search.ExitCode);
        Assert.Contains("moved aside", search.Error, StringComparison.Ordinal);
        Assert.Equal(before, PassageIds(search));
        Assert.Single(Directory.GetDirectories(_cli.DataDirectory, "index.unreadable-*"));
    }

    [Fact]
    public async Task ReindexNeverDependsOnTheOldIndexBeingReadable()
    {
        var before = await IngestAndSearchAsync();
        CutLargestSegmentFileInHalf();

        var reindex = await _cli.RunAsync("reindex", "--json");

        Assert.Equal(0, reindex.ExitCode);
        Assert.Equal(1, reindex.Json().GetProperty("documents").GetInt32());
        Assert.Contains("moved aside", reindex.Error, StringComparison.Ordinal);
        var after = await _cli.RunAsync("search", Query, "--json");
        Assert.Equal("", after.Error);
        Assert.Equal(before, PassageIds(after));
    }

    private static List<string?> PassageIds(CliResult result) =>
        [.. result.Json().GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("passageId").GetString())];

    private async Task<List<string?>> IngestAndSearchAsync()
    {
        await _cli.RunAsync("setup");
        await _cli.RunAsync("ingest", CliRun.CorpusFile("medway-cabinet-send-revisit-2020.pdf"));
        var before = await _cli.RunAsync("search", Query, "--json");
        Assert.Equal(0, before.ExitCode);
        var ids = PassageIds(before);
        Assert.NotEmpty(ids);
        return ids;
    }

    private void CutLargestSegmentFileInHalf()
    {
        var cut = new DirectoryInfo(Path.Combine(_cli.DataDirectory, "index")).GetFiles()
            .Where(f => f.Extension is ".cfs" or ".fdt" or ".tim" or ".doc")
            .OrderByDescending(f => f.Length)
            .First();
        using var stream = new FileStream(cut.FullName, FileMode.Open, FileAccess.Write);
        stream.SetLength(cut.Length / 2);
    }
}
