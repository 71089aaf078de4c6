using System.Text.Json;
using Inspection.Content;
using Inspection.Content.Jobs;
using Inspection.Content.Store;
using Inspection.Ingestion.Pipeline;
using Inspection.Web.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Web.Tests;

/// <summary>
/// An upload the page accepted is on disk with its job in the store; if the process dies before ingesting it, the next start
/// does. A data folder the app cannot write stops the start with a line saying so.
/// </summary>
public sealed class CrashRecoveryTests
{
    [Fact]
    public async Task AnAcceptedUploadLeftByACrashIsIngestedAtTheNextStartAndItsFolderRemoved()
    {
        var data = TempFolder.Create("crash");
        var batch = Path.Combine(data, "uploads", "0123456789abcdef0123456789abcdef");
        var file = Path.Combine(batch, "1", "audit-summary.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, "Audit summary\n\nManagers recorded the rationale for decisions on every one of the quokka cases sampled.\n");

        // What UploadInbox had done when the process died: the file flushed, the job saved, the worker not yet started.
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Store:DataDirectory"] = data }).Build();
        await using (var store = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddInspectionContent().BuildServiceProvider())
        {
            await using var scope = store.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IStoreInitializer>().InitializeAsync(CancellationToken.None);
            var job = await scope.ServiceProvider.GetRequiredService<IIngestionJobStore>()
                .CreateAsync([file], JsonSerializer.Serialize(new IngestSettings("lead")), CancellationToken.None);
            await File.WriteAllTextAsync(Path.Combine(batch, "job.id"), job.Id);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await using var factory = new RestartedSiteFactory(data);
        await factory.CreateUserAsync("lead", "QualityLead");
        using var lead = await WebSession.SignInAsync(factory, "lead", InspectionWebFactory.Password);
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while ((await lead.GetJsonAsync("/api/search?q=quokka")).GetProperty("total").GetInt32() == 0 || Directory.Exists(batch))
        {
            Assert.True(DateTime.UtcNow < deadline, "the interrupted upload was not ingested and cleared after the restart");
            await Task.Delay(200);
        }

        var documents = await lead.GetJsonAsync("/api/documents");
        Assert.Contains(documents.EnumerateArray(), d => d.GetProperty("sourceFile").GetString() == "audit-summary.txt");
    }

    [Fact]
    public async Task ADataFolderThatCannotBeWrittenStopsTheStartWithOneLineSayingWhichAndWhy()
    {
        var parent = TempFolder.Create("unwritable");
        try
        {
            // A folder nobody can make, whoever runs the test (root ignores permissions): its parent is a file.
            var blocker = Path.Combine(parent, "not-a-folder");
            await File.WriteAllTextAsync(blocker, "a file where the data folder's parent should be");
            var data = Path.Combine(blocker, "data");

            using var node = NodeProcess.StartWeb("unwritable", data, new Dictionary<string, string?> { ["Web:LoadSamples"] = "false" });
            var exit = await node.WaitForExitAsync(TimeSpan.FromMinutes(1));

            Assert.Equal(1, exit);
            Assert.Contains($"Inspection cannot start: the data folder {data} cannot be written", node.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", node.Output, StringComparison.Ordinal);
        }
        finally
        {
            TempFolder.Delete(parent);
        }
    }

    private sealed class RestartedSiteFactory(string data) : InspectionWebFactory(data, loadSamples: false);
}
