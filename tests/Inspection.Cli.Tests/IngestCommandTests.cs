using Inspection.Cli.Hosting;
using Inspection.Content.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Cli.Tests;

public sealed class IngestCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task ACorpusPdfIsCreatedOnceAndThenReportedAsDuplicate()
    {
        await _cli.RunAsync("setup");
        var file = CliRun.CorpusFile("medway-cabinet-send-revisit-2020.pdf");

        var first = await _cli.RunAsync("ingest", file, "--json");
        Assert.Equal(0, first.ExitCode);
        var created = Assert.Single(first.JsonLines());
        Assert.Equal("created", created.GetProperty("status").GetString());
        Assert.Equal(8, created.GetProperty("pages").GetInt32());
        Assert.True(created.GetProperty("passages").GetInt32() > 5);
        var id = created.GetProperty("documentId").GetString()!;

        var second = await _cli.RunAsync("ingest", file, "--json");
        var duplicate = Assert.Single(second.JsonLines());
        Assert.Equal("duplicate", duplicate.GetProperty("status").GetString());
        Assert.Equal(id, duplicate.GetProperty("documentId").GetString());

        var documents = (await _cli.RunAsync("documents", "--json")).Json();
        Assert.Equal(1, documents.GetArrayLength());

        var show = (await _cli.RunAsync("show", id, "--json")).Json();
        Assert.Equal("medway-cabinet-send-revisit-2020.pdf", show.GetProperty("document").GetProperty("sourceFile").GetString());
        Assert.True(show.GetProperty("passages").GetArrayLength() > 5);
        Assert.True(show.GetProperty("findings").GetArrayLength() >= 8);
    }

    [Fact]
    public async Task AnEmptyFileIsRejectedNamingItWhileTheRestOfTheBatchIsIngested()
    {
        await _cli.RunAsync("setup");
        var folder = Path.Combine(_cli.DataDirectory, "incoming");
        Directory.CreateDirectory(folder);
        var empty = Path.Combine(folder, "minutes-2023.pdf");
        await File.WriteAllBytesAsync(empty, []);
        var note = Path.Combine(folder, "note.txt");
        await File.WriteAllTextAsync(note, "Supervision audit note.\n\nManagement oversight was evident in most cases sampled in March.");

        var result = await _cli.RunAsync("ingest", folder);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("1 created", result.Output, StringComparison.Ordinal);
        Assert.Contains("rejected: minutes-2023.pdf: the file is empty", result.Output, StringComparison.Ordinal);
        var documents = (await _cli.RunAsync("documents", "--json")).Json();
        Assert.Equal("note.txt", Assert.Single(documents.EnumerateArray()).GetProperty("sourceFile").GetString());
    }

    [Fact]
    public async Task LogLinesGoToStandardErrorOneLineEachSoJsonOutputStaysOneObjectALine()
    {
        await _cli.RunAsync("setup");
        var folder = Path.Combine(_cli.DataDirectory, "incoming");
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, "minutes-2023.pdf"), []);
        await File.WriteAllTextAsync(Path.Combine(folder, "note.txt"), "Supervision audit note.\n\nManagement oversight was evident in most cases sampled in March.");

        var result = await _cli.RunAsync("ingest", folder, "--json");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["minutes-2023.pdf", "note.txt"], result.JsonLines().Select(l => l.GetProperty("file").GetString()).Order(StringComparer.Ordinal));
        var logged = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var line = System.Text.Json.JsonDocument.Parse(logged);
        Assert.Equal("warning", line.RootElement.GetProperty("level").GetString());
        Assert.Contains("minutes-2023.pdf: the file is empty", line.RootElement.GetProperty("message").GetString(), StringComparison.Ordinal);

        var plain = await _cli.RunAsync("ingest", Path.Combine(folder, "minutes-2023.pdf"));
        Assert.StartsWith("warning: Rejected minutes-2023.pdf: the file is empty", plain.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("warn:", plain.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADataFolderThatCannotBeWrittenIsNamedWithTheReasonInOneLine()
    {
        // A folder nobody can make, whoever runs the test (root ignores permissions): its parent is a file.
        var blocker = Path.Combine(_cli.DataDirectory, "not-a-folder");
        await File.WriteAllTextAsync(blocker, "a file where the data folder's parent should be");
        var data = Path.Combine(blocker, "data");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await InspectionCli.RunAsync(["--data", data, "documents"], new CliConsole(output, error));

        Assert.Equal(ExitCodes.Failed, exit);
        var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"failed: the data folder {data} cannot be written (", line, StringComparison.Ordinal);
        Assert.Empty(output.ToString());
    }

    [Fact]
    public async Task AnOriginalThatCannotBeSavedStopsTheJobNamingTheFileAndTheNextIngestFinishesIt()
    {
        await _cli.RunAsync("setup");
        var note = Path.Combine(_cli.DataDirectory, "note.txt");
        await File.WriteAllTextAsync(note, "Supervision audit note.\n\nManagement oversight was evident in most cases sampled in March.");
        // As a full disk or a folder that cannot be written does: the blob store cannot make its folder for writes in progress.
        var writes = Path.Combine(_cli.DataDirectory, "blobs", ".tmp");
        if (Directory.Exists(writes))
        {
            Directory.Delete(writes, recursive: true);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(writes)!);
        await File.WriteAllTextAsync(writes, "in the way");

        var failed = await _cli.RunAsync("ingest", note);

        Assert.Equal(ExitCodes.Failed, failed.ExitCode);
        var line = Assert.Single(failed.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("failed: note.txt: could not be saved (", line, StringComparison.Ordinal);
        Assert.Contains("which the next run finishes", line, StringComparison.Ordinal);
        Assert.Equal(0, (await _cli.RunAsync("documents", "--json")).Json().GetArrayLength());

        File.Delete(writes);
        var resumed = await _cli.RunAsync("ingest", note);

        Assert.Equal(0, resumed.ExitCode);
        Assert.Contains("(1 file(s) from an interrupted run were finished first)", resumed.Output, StringComparison.Ordinal);
        Assert.Equal("note.txt", Assert.Single((await _cli.RunAsync("documents", "--json")).Json().EnumerateArray()).GetProperty("sourceFile").GetString());
    }

    [Fact]
    public async Task AJobInterruptedBeforeItsFilesWereDoneIsFinishedByTheNextIngest()
    {
        await _cli.RunAsync("setup");
        var pending = CliRun.CorpusFile("medway-lead-member-childrens-services-2022.pdf");

        // A crash after the job was accepted but before its file was processed leaves a pending item.
        await using (var services = CliServices.Build(_cli.DataDirectory))
        {
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IIngestionJobStore>().CreateAsync([pending], "{\"UserName\":\"qa-lead\",\"Classification\":\"Official\"}", CancellationToken.None);
        }

        var result = await _cli.RunAsync("ingest", CliRun.CorpusFile("medway-cabinet-send-revisit-2020.pdf"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("2 created", result.Output, StringComparison.Ordinal);
        Assert.Contains("interrupted run", result.Output, StringComparison.Ordinal);
        var sources = (await _cli.RunAsync("documents", "--json")).Json().EnumerateArray()
            .Select(d => d.GetProperty("sourceFile").GetString()).ToList();
        Assert.Contains("medway-lead-member-childrens-services-2022.pdf", sources);
        Assert.Contains("medway-cabinet-send-revisit-2020.pdf", sources);
    }

    [Fact]
    public async Task AMissingPathIsBadUsage()
    {
        await _cli.RunAsync("setup");
        var result = await _cli.RunAsync("ingest", "/no/such/folder/report.pdf");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("/no/such/folder/report.pdf", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchFindsIngestedEvidenceAndReindexRebuildsTheSameAnswerFromTheStore()
    {
        await _cli.RunAsync("setup");
        await _cli.RunAsync("ingest", CliRun.CorpusFile("medway-cabinet-send-revisit-2020.pdf"));

        var before = (await _cli.RunAsync("search", "\"has not made sufficient progress\"", "--json")).Json();
        Assert.True(before.GetProperty("total").GetInt32() > 0);
        Assert.All(before.GetProperty("hits").EnumerateArray(), h => Assert.Equal("medway-cabinet-send-revisit-2020.pdf", h.GetProperty("sourceFile").GetString()));

        Directory.Delete(Path.Combine(_cli.DataDirectory, "index"), recursive: true);
        var reindex = await _cli.RunAsync("reindex", "--json");
        Assert.Equal(0, reindex.ExitCode);
        Assert.Equal(1, reindex.Json().GetProperty("documents").GetInt32());

        var after = (await _cli.RunAsync("search", "\"has not made sufficient progress\"", "--json")).Json();
        Assert.Equal(before.GetProperty("total").GetInt32(), after.GetProperty("total").GetInt32());
        Assert.Equal(
            before.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("passageId").GetString()),
            after.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("passageId").GetString()));
    }

    [Fact]
    public async Task ADeletedDocumentLeavesSearchAtOnceAndPurgeNeedsADeleteFirst()
    {
        await _cli.RunAsync("setup");
        var created = Assert.Single((await _cli.RunAsync("ingest", CliRun.CorpusFile("medway-cabinet-send-revisit-2020.pdf"), "--json")).JsonLines());
        var id = created.GetProperty("documentId").GetString()!;
        Assert.True((await _cli.RunAsync("search", "weaknesses", "--json")).Json().GetProperty("total").GetInt32() > 0);

        var purgeTooSoon = await _cli.RunAsync("purge", id);
        Assert.Equal(2, purgeTooSoon.ExitCode);
        Assert.Contains("in the recycle bin", purgeTooSoon.Error, StringComparison.Ordinal);

        Assert.Equal(0, (await _cli.RunAsync("delete", id)).ExitCode);
        Assert.Equal(0, (await _cli.RunAsync("search", "weaknesses", "--json")).Json().GetProperty("total").GetInt32());
        Assert.Equal(0, (await _cli.RunAsync("documents", "--json")).Json().GetArrayLength());

        Assert.Equal(0, (await _cli.RunAsync("purge", id)).ExitCode);
        Assert.Equal(2, (await _cli.RunAsync("show", id)).ExitCode);

        // Purged for good: the original went with it (the integrity check finds no orphan left in blobs/).
        var check = await _cli.RunAsync("check");
        Assert.True(check.ExitCode == 0, check.Output + check.Error);
    }

    [Fact]
    public async Task BatchSearchAnswersEveryInputLineWithOneJsonLineAndSurvivesNoise()
    {
        await _cli.RunAsync("setup");
        await _cli.RunAsync("ingest", CliRun.CorpusFile("thurrock-childrens-overview-scrutiny-2021-10.pdf"));

        var result = await _cli.RunWithInputAsync("return home interviews\n\n\"unbalanced quote -\nEHCP OR\n", "search", "--batch", "--top", "3");

        Assert.Equal(0, result.ExitCode);
        var lines = result.JsonLines();
        // Answers line up with questions: the blank second line gets an error object of its own.
        Assert.Equal(4, lines.Count);
        Assert.Equal("return home interviews", lines[0].GetProperty("query").GetString());
        Assert.Equal(2, lines[1].GetProperty("line").GetInt32());
        Assert.Contains("empty", lines[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("EHCP OR", lines[3].GetProperty("query").GetString());
        Assert.True(lines[0].GetProperty("total").GetInt32() > 0);
        Assert.InRange(lines[0].GetProperty("hits").GetArrayLength(), 1, 3);
        var first = lines[0].GetProperty("hits")[0];
        foreach (var field in new[] { "documentId", "title", "kind", "date", "sourceFile", "pageFrom", "pageTo", "passageId", "score", "snippet", "text" })
        {
            Assert.True(first.TryGetProperty(field, out _), field);
        }

        Assert.Contains("<mark>", first.GetProperty("snippet").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSameFileTwiceInOneBatchIsStoredOnceWhilePreparedInParallel()
    {
        // Three files prepared at once whatever the machine's cores.
        using var parallel = new CliRun(new Dictionary<string, string?> { ["Ingestion:FilesAtOnce"] = "3" });
        await parallel.RunAsync("setup");
        var folder = Path.Combine(parallel.DataDirectory, "pack");
        Directory.CreateDirectory(folder);
        var source = CliRun.CorpusFile("medway-cabinet-send-revisit-2020.pdf");
        File.Copy(source, Path.Combine(folder, "a-cabinet-report.pdf"));
        File.Copy(source, Path.Combine(folder, "b-cabinet-report-copy.pdf"));
        File.Copy(CliRun.CorpusFile("medway-lead-member-childrens-services-2022.pdf"), Path.Combine(folder, "c-lead-member.pdf"));

        var lines = (await parallel.RunAsync("ingest", folder, "--json")).JsonLines();

        Assert.Equal(["a-cabinet-report.pdf", "b-cabinet-report-copy.pdf", "c-lead-member.pdf"], lines.Select(l => l.GetProperty("file").GetString()));
        Assert.Equal(["created", "duplicate", "created"], lines.Select(l => l.GetProperty("status").GetString()));
        Assert.Equal(lines[0].GetProperty("documentId").GetString(), lines[1].GetProperty("documentId").GetString());
        Assert.Equal(2, (await parallel.RunAsync("documents", "--json")).Json().GetArrayLength());
    }

    [Fact]
    public async Task AsSomeoneWhoMayNotUploadOrNotReadTheClassificationNothingIsIngestedAndTheRefusalIsAudited()
    {
        using var cli = new CliRun();
        Assert.Equal(0, (await cli.RunAsync("setup")).ExitCode);
        Assert.Equal(0, (await cli.RunWithInputAsync("a long test passphrase\n", "users", "add", "vera", "--role", "Viewer")).ExitCode);
        Assert.Equal(0, (await cli.RunWithInputAsync("a long test passphrase\n", "users", "add", "colin", "--role", "Contributor")).ExitCode);
        var note = Path.Combine(cli.DataDirectory, "inputs", "note.md");
        Directory.CreateDirectory(Path.GetDirectoryName(note)!);
        await File.WriteAllTextAsync(note, "# Note\n\nA note about kittiwakes.\n");

        var viewer = await cli.RunAsync("--as", "vera", "ingest", note);
        var contributor = await cli.RunAsync("--as", "colin", "ingest", note, "--classification", "Personal");
        var allowed = await cli.RunAsync("--as", "colin", "ingest", note, "--classification", "Official-Sensitive", "--json");

        Assert.Equal(2, viewer.ExitCode);
        Assert.Contains("your role may not upload evidence", viewer.Error, StringComparison.Ordinal);
        Assert.Equal(2, contributor.ExitCode);
        Assert.Contains("your role may not upload Personal evidence", contributor.Error, StringComparison.Ordinal);
        Assert.Equal(0, allowed.ExitCode);
        var audit = (await cli.RunAsync("audit", "--json")).Json().EnumerateArray().Select(a => (a.GetProperty("userName").GetString(), a.GetProperty("action").GetString())).ToList();
        Assert.Contains(("colin", "ingest"), audit);
        Assert.Contains(("vera", "denied"), audit);
        Assert.Single(audit, a => a.Item2 == "ingest");
    }
}
