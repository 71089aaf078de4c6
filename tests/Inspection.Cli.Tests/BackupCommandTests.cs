namespace Inspection.Cli.Tests;

/// <summary><c>inspection export</c> and <c>import</c>: a round trip gives the same bytes, and an import never lands on a store that holds anything.</summary>
public sealed class BackupCommandTests(SampleDataFolder samples) : IClassFixture<SampleDataFolder>, IDisposable
{
    private readonly CliRun _source = new();
    private readonly CliRun _target = new();
    private readonly string _exports = Path.Combine(Path.GetTempPath(), "inspection-exports-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        _source.Dispose();
        _target.Dispose();
        if (Directory.Exists(_exports))
        {
            Directory.Delete(_exports, recursive: true);
        }
    }

    [Fact]
    public async Task ExportImportExportIsByteIdenticalOnTheSampleStore()
    {
        samples.CopyTo(_source);
        await AddHistoryAsync(_source);
        var sourceCheck = await _source.RunAsync("check");
        Assert.True(sourceCheck.ExitCode == 0, sourceCheck.Output);
        var first = Path.Combine(_exports, "first");
        var second = Path.Combine(_exports, "second");

        var exported = await _source.RunAsync("export", first, "--json");
        Assert.True(exported.ExitCode == 0, exported.Error);
        var counts = exported.Json().GetProperty("counts");
        Assert.Equal(8, counts.GetProperty("originals").GetInt64());
        Assert.Equal(1, counts.GetProperty("users").GetInt64());
        Assert.True(counts.GetProperty("versions").GetInt64() > counts.GetProperty("items").GetInt64(), "the edited document keeps both versions");
        Assert.Equal(1, counts.GetProperty("findingLinks").GetInt64());

        var imported = await _target.RunAsync("import", first, "--json");
        Assert.True(imported.ExitCode == 0, imported.Error);
        Assert.Equal(7, imported.Json().GetProperty("indexedDocuments").GetInt32());
        Assert.True((await _target.RunAsync("export", second)).ExitCode == 0);

        var files = Files(first);
        Assert.Equal(files, Files(second));
        Assert.Contains("manifest.json", files);
        Assert.Contains(files, f => f.StartsWith("blobs/", StringComparison.Ordinal));
        foreach (var file in files)
        {
            var before = await File.ReadAllBytesAsync(Path.Combine(first, file));
            var after = await File.ReadAllBytesAsync(Path.Combine(second, file));
            Assert.True(before.AsSpan().SequenceEqual(after), $"{file} differs between the export and the export of its import");
        }

        // The restored store answers as the original did, and checks clean.
        Assert.Equal((await _source.RunAsync("documents", "--json")).Output, (await _target.RunAsync("documents", "--json")).Output);
        Assert.Equal((await _source.RunAsync("deleted", "--json")).Output, (await _target.RunAsync("deleted", "--json")).Output);
        // Scores may differ: the source index still counts the edited and deleted documents' old passages in its statistics.
        Assert.Equal(
            (await _source.RunAsync("search", "supervision", "--json")).Json().GetProperty("total").GetInt32(),
            (await _target.RunAsync("search", "supervision", "--json")).Json().GetProperty("total").GetInt32());
        Assert.Equal((await _source.RunAsync("findings", "--json")).Output, (await _target.RunAsync("findings", "--json")).Output);
        var check = await _target.RunAsync("check");
        Assert.True(check.ExitCode == 0, check.Output);
        Assert.Equal(0, (await _target.RunWithInputAsync("", "--as", "alice", "documents")).ExitCode);
    }

    [Fact]
    public async Task ImportRefusesAStoreThatHoldsAnythingAndLeavesItAsItWas()
    {
        samples.CopyTo(_source);
        var export = Path.Combine(_exports, "sample");
        Assert.Equal(0, (await _source.RunAsync("export", export)).ExitCode);
        Assert.Equal(0, (await _target.RunAsync("setup")).ExitCode);
        var documentsBefore = (await _source.RunAsync("documents", "--json")).Output;
        var blobsBefore = Files(Path.Combine(_source.DataDirectory, "blobs"));
        var auditBefore = (await _source.RunAsync("audit", "--json")).Output;

        var refused = await _source.RunAsync("import", export);
        Assert.Equal(ExitCodes.BadInput, refused.ExitCode);
        Assert.Contains("empty", refused.Error, StringComparison.Ordinal);
        Assert.Contains("left as it was", refused.Error, StringComparison.Ordinal);
        Assert.Equal(documentsBefore, (await _source.RunAsync("documents", "--json")).Output);
        Assert.Equal(blobsBefore, Files(Path.Combine(_source.DataDirectory, "blobs")));
        Assert.Equal(auditBefore, (await _source.RunAsync("audit", "--json")).Output);

        // A store with only the shipped recipes applied is not empty either: its types and roles would clash.
        var alsoRefused = await _target.RunAsync("import", export, "--json");
        Assert.Equal(ExitCodes.BadInput, alsoRefused.ExitCode);
        Assert.Contains("content types", alsoRefused.Error, StringComparison.Ordinal);
        Assert.Equal(0, (await _target.RunAsync("documents", "--json")).Json().GetArrayLength());
    }

    [Fact]
    public async Task ADamagedExportIsRefusedBeforeTheStoreIsTouched()
    {
        samples.CopyTo(_source);
        var export = Path.Combine(_exports, "damaged");
        Assert.Equal(0, (await _source.RunAsync("export", export)).ExitCode);
        var item = Directory.EnumerateFiles(Path.Combine(export, "items")).Order(StringComparer.Ordinal).First();
        await File.AppendAllTextAsync(item, " ");

        var refused = await _target.RunAsync("import", export);
        Assert.Equal(ExitCodes.BadInput, refused.ExitCode);
        Assert.Contains(Path.GetFileName(item), refused.Error, StringComparison.Ordinal);
        Assert.Contains("damaged", refused.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_target.DataDirectory, "blobs")) && Directory.EnumerateFiles(Path.Combine(_target.DataDirectory, "blobs"), "*", SearchOption.AllDirectories).Any());
    }

    [Fact]
    public async Task AnExportStoppedBeforeItsManifestIsRefusedAsOneThatDidNotFinish()
    {
        samples.CopyTo(_source);
        var export = Path.Combine(_exports, "stopped");
        Assert.Equal(0, (await _source.RunAsync("export", export)).ExitCode);
        // What a process killed before its last file leaves: everything but the manifest.
        File.Delete(Path.Combine(export, "manifest.json"));

        var refused = await _target.RunAsync("import", export);

        Assert.Equal(ExitCodes.BadInput, refused.ExitCode);
        Assert.Contains("manifest.json: missing; this is not an export made by 'inspection export', or one that did not finish", refused.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_target.DataDirectory, "blobs")) && Directory.EnumerateFiles(Path.Combine(_target.DataDirectory, "blobs"), "*", SearchOption.AllDirectories).Any());
    }

    [Fact]
    public async Task ExportRefusesAFolderThatIsNotEmpty()
    {
        samples.CopyTo(_source);
        var export = Path.Combine(_exports, "occupied");
        Directory.CreateDirectory(export);
        await File.WriteAllTextAsync(Path.Combine(export, "keep.txt"), "mine");

        var refused = await _source.RunAsync("export", export);
        Assert.Equal(ExitCodes.BadInput, refused.ExitCode);
        Assert.Contains("new or empty", refused.Error, StringComparison.Ordinal);
        Assert.Equal(["keep.txt"], Files(export));
    }

    /// <summary>History the samples alone do not have: a user, a second version, a deleted document, a finding's link and status.</summary>
    internal static async Task AddHistoryAsync(CliRun cli)
    {
        Assert.Equal(0, (await cli.RunWithInputAsync("a long enough password\n", "users", "add", "alice", "--role", "QualityLead", "--display-name", "Alice Émile")).ExitCode);
        var documents = (await cli.RunAsync("documents", "--json")).Json().EnumerateArray().Select(d => d.GetProperty("id").GetString()!).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(0, (await cli.RunAsync("documents", "edit", documents[0], "--title", "Edited: the panel's report")).ExitCode);
        Assert.Equal(0, (await cli.RunAsync("delete", documents[1])).ExitCode);
        var finding = (await cli.RunAsync("findings", "--json")).Json().EnumerateArray().First().GetProperty("id").GetString()!;
        var passage = (await cli.RunAsync("search", "supervision", "--json")).Json().GetProperty("hits")[0].GetProperty("passageId").GetString()!;
        var linked = await cli.RunAsync("findings", "link", finding, "--evidence", passage);
        Assert.True(linked.ExitCode == 0, linked.Error);
    }

    private static List<string> Files(string root) =>
        [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)];
}
