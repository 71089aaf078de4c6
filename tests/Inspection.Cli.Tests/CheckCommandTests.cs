using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using System.Security.Cryptography;
using System.Text.Json;

namespace Inspection.Cli.Tests;

/// <summary><c>inspection check</c> on the sample store: clean as loaded, and each planted fault named with a failing exit code.</summary>
public sealed class CheckCommandTests(SampleDataFolder samples) : IClassFixture<SampleDataFolder>, IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task CheckIsCleanOnAFreshlyLoadedSampleStore()
    {
        samples.CopyTo(_cli);
        var result = await _cli.RunAsync("check", "--json");
        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        var report = result.Json();
        Assert.True(report.GetProperty("clean").GetBoolean());
        var sections = report.GetProperty("sections").EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!);
        Assert.Equal(["store", "originals", "orphans", "index", "themes", "jobs", "index-failures"], sections.Keys);
        Assert.Equal(0, sections["index-failures"].GetProperty("figures").GetProperty("itemsSkipped").GetInt64());
        var originals = sections["originals"].GetProperty("figures");
        Assert.Equal(8, originals.GetProperty("originals").GetInt64());
        Assert.Equal(8, originals.GetProperty("hashed").GetInt64());
        var index = sections["index"].GetProperty("figures");
        Assert.Equal(8, index.GetProperty("indexDocuments").GetInt64());
        Assert.Equal(index.GetProperty("storePassages").GetInt64(), index.GetProperty("indexPassages").GetInt64());
        Assert.True(index.GetProperty("sampledFromIndex").GetInt64() > 0);
        Assert.True(sections["themes"].GetProperty("figures").GetProperty("filesChecked").GetInt64() > 0);

        var text = await _cli.RunAsync("check");
        Assert.Equal(0, text.ExitCode);
        Assert.Contains("clean", text.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingBlobAndAnOrphanAreBothReportedAndTheExitCodeFails()
    {
        samples.CopyTo(_cli);
        var blobs = Path.Combine(_cli.DataDirectory, "blobs");
        var deleted = Directory.EnumerateFiles(blobs, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        File.Delete(deleted);
        var orphanBytes = "an original no item names"u8.ToArray();
        var orphanHash = Convert.ToHexStringLower(SHA256.HashData(orphanBytes));
        var orphan = Path.Combine(blobs, orphanHash[..2], orphanHash[2..4], orphanHash);
        Directory.CreateDirectory(Path.GetDirectoryName(orphan)!);
        await File.WriteAllBytesAsync(orphan, orphanBytes);
        await File.WriteAllTextAsync(Path.Combine(blobs, "notes.txt"), "put here by hand");

        var result = await _cli.RunAsync("check", "--json");
        Assert.Equal(ExitCodes.ProblemsFound, result.ExitCode);
        var report = result.Json();
        Assert.False(report.GetProperty("clean").GetBoolean());
        var issues = Issues(report);
        Assert.Contains(issues, i => i.Code == "original-missing" && i.Message.Contains(Path.GetFileName(deleted), StringComparison.Ordinal));
        Assert.Contains(issues, i => i.Code == "orphan" && i.Message.Contains(orphanHash, StringComparison.Ordinal));
        Assert.Contains(issues, i => i.Code == "stray-file" && i.Message.Contains("notes.txt", StringComparison.Ordinal));

        var text = await _cli.RunAsync("check");
        Assert.Equal(ExitCodes.ProblemsFound, text.ExitCode);
        Assert.Contains("3 problem(s)", text.Output, StringComparison.Ordinal);
        Assert.Contains(orphanHash, text.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOriginalWhoseContentsChangedIsReportedUnlessTheCheckIsQuick()
    {
        samples.CopyTo(_cli);
        var blob = Directory.EnumerateFiles(Path.Combine(_cli.DataDirectory, "blobs"), "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Last();
        await File.WriteAllTextAsync(blob, "not the original any more");

        var result = await _cli.RunAsync("check", "--json");
        Assert.Equal(ExitCodes.ProblemsFound, result.ExitCode);
        var changed = Assert.Single(Issues(result.Json()), i => i.Severity == "problem");
        Assert.Equal("original-changed", changed.Code);
        Assert.Contains(Path.GetFileName(blob), changed.Message, StringComparison.Ordinal);

        var quick = await _cli.RunAsync("check", "--quick", "--json");
        Assert.Equal(0, quick.ExitCode);
        Assert.Contains(Issues(quick.Json()), i => i.Code == "not-hashed");
    }

    [Fact]
    public async Task AnIndexMissingADocumentIsReported()
    {
        samples.CopyTo(_cli);
        var documents = (await _cli.RunAsync("documents", "--json")).Json().EnumerateArray().Select(d => d.GetProperty("id").GetString()!).ToList();
        // Delete the index and leave a cursor saying it is up to date: the index now lacks everything the store holds.
        var index = Path.Combine(_cli.DataDirectory, "index");
        var cursor = await File.ReadAllTextAsync(Path.Combine(index, "outbox.cursor"));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(index, recursive: true);
        Directory.CreateDirectory(index);
        await File.WriteAllTextAsync(Path.Combine(index, "outbox.cursor"), cursor);

        var result = await _cli.RunAsync("check", "--json");
        Assert.Equal(ExitCodes.ProblemsFound, result.ExitCode);
        var missing = Issues(result.Json()).Where(i => i.Code == "index-missing-document").ToList();
        Assert.Equal(documents.Count, missing.Count);
        Assert.All(documents, id => Assert.Contains(missing, i => i.Message.Contains(id, StringComparison.Ordinal)));

        Assert.Equal(0, (await _cli.RunAsync("reindex")).ExitCode);
        Assert.Equal(0, (await _cli.RunAsync("check")).ExitCode);
    }

    [Fact]
    public async Task OnlyAnAdministratorMayRunTheCheck()
    {
        samples.CopyTo(_cli);
        Assert.Equal(0, (await _cli.RunWithInputAsync("a long enough password\n", "users", "add", "vic", "--role", "Viewer")).ExitCode);
        var refused = await _cli.RunAsync("--as", "vic", "check");
        Assert.Equal(ExitCodes.BadInput, refused.ExitCode);
        Assert.Contains("ManageUsers", refused.Error, StringComparison.Ordinal);
        Assert.Equal("", refused.Output);
    }

    [Fact]
    public async Task AnItemTheIndexHadToSkipIsReported()
    {
        samples.CopyTo(_cli);
        await using (var services = Inspection.Cli.Hosting.CliServices.Build(_cli.DataDirectory))
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<Inspection.Content.Persistence.InspectionDbContext>();
            var record = await db.ContentItems.Where(r => r.Published && r.ContentType == "InspectionLetter").OrderBy(r => r.Id).FirstAsync();
            record.Document = "{\"ContentItemId\": \"" + record.ContentItemId + "\", \"TitlePart\": [";
            await db.SaveChangesAsync();
        }

        Assert.Equal(0, (await _cli.RunAsync("reindex")).ExitCode);
        var result = await _cli.RunAsync("check", "--json");
        Assert.Equal(ExitCodes.ProblemsFound, result.ExitCode);
        Assert.Contains(Issues(result.Json()), i => i.Code == "index-failure");
    }

    [Fact]
    public async Task FilesWhoseNodeDiedHoldingThemAreNotedWithTheNodeUntilAnotherNodeTakesThemOver()
    {
        samples.CopyTo(_cli);
        var waiting = Path.Combine(_cli.DataDirectory, "uploads", "waiting.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(waiting)!);
        await File.WriteAllTextAsync(waiting, "Audit summary\n\nThe panel reviewed the plans of the wombat cohort.\n");
        await using (var services = Inspection.Cli.Hosting.CliServices.Build(_cli.DataDirectory))
        {
            // A node claimed the file with a lease that has run out, and was never heard of again.
            await using var scope = services.CreateAsyncScope();
            var jobs = scope.ServiceProvider.GetRequiredService<Inspection.Content.Jobs.IIngestionJobStore>();
            var job = await jobs.CreateAsync([waiting], "{\"UserName\":\"qa-lead\",\"Classification\":\"Official\"}", CancellationToken.None);
            Assert.Single(await jobs.ClaimAsync(job.Id, "web-2", 5, TimeSpan.FromMilliseconds(1), CancellationToken.None));
        }

        await Task.Delay(50);
        var issues = Issues((await _cli.RunAsync("check", "--json")).Json());
        var lapsed = Assert.Single(issues, i => i.Code == "job-lease-expired");
        Assert.Equal("notice", lapsed.Severity);
        Assert.Contains("1 file(s) claimed by node web-2", lapsed.Message, StringComparison.Ordinal);

        // The next ingest takes the file over and finishes the job; the notice goes.
        var ingest = await _cli.RunAsync("ingest", CliRun.CorpusFile("medway-cabinet-send-revisit-2020.pdf"));
        Assert.True(ingest.ExitCode == 0, ingest.Output + ingest.Error);
        Assert.Contains("(1 file(s) from an interrupted run were finished first)", ingest.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(Issues((await _cli.RunAsync("check", "--json")).Json()), i => i.Code is "job-lease-expired" or "job-unfinished");
    }

    private static List<(string Severity, string Code, string Message)> Issues(JsonElement report) =>
        [.. report.GetProperty("sections").EnumerateArray()
            .SelectMany(s => s.GetProperty("issues").EnumerateArray())
            .Select(i => (i.GetProperty("severity").GetString()!, i.GetProperty("code").GetString()!, i.GetProperty("message").GetString()!))];
}
