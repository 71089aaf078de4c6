namespace Inspection.Cli.Tests;

/// <summary>Correcting, versioning and the recycle bin from the command line, through the same use cases as the web.</summary>
public sealed class DocumentChangesTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task ADocumentIsCorrectedGivenANewFileDeletedAndRestoredAndSearchFollowsEachStep()
    {
        await _cli.RunAsync("setup");
        var first = Path.Combine(_cli.DataDirectory, "stint-notes.txt");
        await File.WriteAllTextAsync(first, "Stint panel notes\n\nThe stint panel agreed the sufficiency plan.\n");
        var id = Assert.Single((await _cli.RunAsync("ingest", first, "--json")).JsonLines()).GetProperty("documentId").GetString()!;

        var edited = await _cli.RunAsync("documents", "edit", id, "--kind", "minutes", "--title", "Stint panel minutes", "--date", "12/03/2026", "--json");
        Assert.Equal(0, edited.ExitCode);
        Assert.Equal(1, edited.JsonLines()[0].GetProperty("changed").GetInt32());
        Assert.Equal(1, (await _cli.RunAsync("search", "stint", "--type", "minutes", "--json")).Json().GetProperty("total").GetInt32());
        var bad = await _cli.RunAsync("documents", "edit", id, "--kind", "pamphlet");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("Choose a kind of evidence", bad.Error, StringComparison.Ordinal);

        var second = Path.Combine(_cli.DataDirectory, "stint-notes-v2.txt");
        await File.WriteAllTextAsync(second, "Stint panel notes\n\nThe dunlin group now meets monthly.\n");
        Assert.Equal(0, (await _cli.RunAsync("documents", "new-version", id, second)).ExitCode);
        Assert.Equal(1, (await _cli.RunAsync("search", "dunlin", "--json")).Json().GetProperty("total").GetInt32());
        Assert.Equal(3, (await _cli.RunAsync("documents", "versions", id, "--json")).Json().GetArrayLength());
        var shown = (await _cli.RunAsync("show", id, "--json")).Json().GetProperty("document");
        Assert.Equal("Stint panel minutes", shown.GetProperty("title").GetString());
        Assert.Equal("Minutes", shown.GetProperty("type").GetString());

        Assert.Equal(0, (await _cli.RunAsync("delete", id)).ExitCode);
        Assert.Equal(0, (await _cli.RunAsync("search", "dunlin", "--json")).Json().GetProperty("total").GetInt32());
        Assert.Contains(id, (await _cli.RunAsync("deleted")).Output, StringComparison.Ordinal);
        Assert.Equal(0, (await _cli.RunAsync("restore", id)).ExitCode);
        Assert.Equal(1, (await _cli.RunAsync("search", "dunlin", "--json")).Json().GetProperty("total").GetInt32());

        var audit = (await _cli.RunAsync("audit", "--document", id, "--json")).Json().EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Equal(["restore", "delete", "new-version", "edit", "ingest"], audit);
    }

    [Fact]
    public async Task AnEditOfSeveralDocumentsNamesTheIdsItCouldNotFind()
    {
        await _cli.RunAsync("setup");
        var file = Path.Combine(_cli.DataDirectory, "stint-notes.txt");
        await File.WriteAllTextAsync(file, "Stint panel notes\n\nThe stint panel agreed the sufficiency plan.\n");
        var id = Assert.Single((await _cli.RunAsync("ingest", file, "--json")).JsonLines()).GetProperty("documentId").GetString()!;

        var edited = await _cli.RunAsync("documents", "edit", id, "no-such-document", "--kind", "minutes");

        Assert.Equal(2, edited.ExitCode);
        Assert.Contains("1 changed, 0 already so, 1 not found", edited.Output, StringComparison.Ordinal);
        Assert.Equal("error: no document with id 'no-such-document'", edited.Error.Trim());
        var twice = await _cli.RunAsync("documents", "edit", "gone-1", "gone-2", "--kind", "minutes", "--json");
        Assert.Equal(2, twice.ExitCode);
        Assert.Contains("'gone-1', 'gone-2'", twice.Error, StringComparison.Ordinal);
    }
}
