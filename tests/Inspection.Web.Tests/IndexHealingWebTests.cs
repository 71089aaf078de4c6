using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Inspection.Content;
using Inspection.Content.Evidence;
using Inspection.Content.Outbox;
using Inspection.Content.Persistence;
using Inspection.Content.Store;
using Inspection.Ingestion;
using Inspection.Ingestion.Pipeline;
using Inspection.Readiness.Setup;
using Inspection.Search;
using Inspection.Search.Indexing;
using Inspection.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Inspection.Web.Tests;

/// <summary>
/// A segment file cut in half: the web app still starts, says the index is being rebuilt (page, API, health page) while
/// it refills it from the store, then answers as before.
/// </summary>
public sealed class IndexHealingWebTests
{
    private const string Query = "wombat supervision";

    [Fact]
    public async Task AWebAppOverAnIndexCutInHalfStartsSaysItIsBeingRebuiltThenAnswersAsBefore()
    {
        var data = TempFolder.Create("heal");
        var before = await IndexOneReportAsync(data);
        CutLargestSegmentFileInHalf(Path.Combine(data, "index"));

        // The rebuild waits until the test has seen what people see meanwhile.
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var factory = new GatedSiteFactory(data, gate.Task);
        await factory.CreateUserAsync("admin", "Administrator");
        using var admin = await WebSession.SignInAsync(factory, "admin", InspectionWebFactory.Password);

        var api = await admin.Client.GetAsync(new Uri($"/api/search?q={Uri.EscapeDataString(Query)}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
        var problem = await api.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("The index is being rebuilt", problem.GetProperty("title").GetString());
        Assert.Contains("being rebuilt", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var page = await admin.Client.GetAsync(new Uri($"/?q={Uri.EscapeDataString(Query)}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Contains("The search index is being rebuilt", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var health = await admin.GetPageAsync("/admin/health");
        Assert.Contains("Being rebuilt from the store", health, StringComparison.Ordinal);
        Assert.Contains("index.unreadable-", health, StringComparison.Ordinal);

        gate.SetResult();
        var deadline = DateTime.UtcNow.AddMinutes(2);
        HttpResponseMessage answer;
        while ((answer = await admin.Client.GetAsync(new Uri($"/api/search?q={Uri.EscapeDataString(Query)}", UriKind.Relative))).StatusCode != HttpStatusCode.OK)
        {
            Assert.True(DateTime.UtcNow < deadline, "the index was not rebuilt");
            await Task.Delay(200);
        }

        var after = await answer.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(before, after.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("passageId").GetString()).ToList());
        Assert.Contains("Ready", await admin.GetPageAsync("/admin/health"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheHealthPageIsForAdministratorsOnly()
    {
        await using var factory = new InspectionWebFactory();
        await factory.CreateUserAsync("lead", "QualityLead");
        using var lead = await WebSession.SignInAsync(factory, "lead", InspectionWebFactory.Password);

        var response = await lead.Client.GetAsync(new Uri("/admin/health", UriKind.Relative));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("Items the index could not take", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    // What an earlier process left: one report in the store, indexed; returns the passages a search finds.
    private static async Task<List<string?>> IndexOneReportAsync(string data)
    {
        var file = Path.Combine(data, "inputs", "supervision-audit.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, "Supervision audit\n\n" + string.Join("\n\n", Enumerable.Range(1, 8).Select(i =>
            $"Finding {i}. Managers recorded wombat supervision decisions for case {i}, with the rationale and the next steps agreed with the social worker.")));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Store:DataDirectory"] = data,
            ["Search:IndexDirectory"] = Path.Combine(data, "index"),
            ["Search:GlossaryPath"] = Path.Combine(BundledFiles.RecipesDirectory, "glossary.recipe.json"),
            ["Search:MeaningSearch"] = "false",
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        services.AddInspectionContent(store => store.DataDirectory = data);
        services.AddInspectionIngestion();
        services.AddInspectionSearch();
        await using (var provider = services.BuildServiceProvider())
        {
            await using (var scope = provider.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<IStoreInitializer>().InitializeAsync(CancellationToken.None);
            }

            await provider.GetRequiredService<IngestionJobRunner>().RunAsync([file], new IngestSettings("lead", Classifications.Official), null, CancellationToken.None);
            await provider.GetRequiredService<OutboxIndexer>().CatchUpAsync(CancellationToken.None);
            var results = await provider.GetRequiredService<SearchService>().SearchAsync(
                new SearchRequest { Query = Query, Top = 20, AllowedClassifications = Classifications.All }, CancellationToken.None);
            Assert.NotEmpty(results.Hits);
            var ids = results.Hits.Select(h => (string?)h.PassageId).ToList();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            return ids;
        }
    }

    private static void CutLargestSegmentFileInHalf(string index)
    {
        var cut = new DirectoryInfo(index).GetFiles()
            .Where(f => f.Extension is ".cfs" or ".fdt" or ".tim" or ".doc")
            .OrderByDescending(f => f.Length)
            .First();
        using var stream = new FileStream(cut.FullName, FileMode.Open, FileAccess.Write);
        stream.SetLength(cut.Length / 2);
    }

    private sealed class GatedSiteFactory(string data, Task gate) : InspectionWebFactory(data, loadSamples: false)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Scoped<IIndexingTaskReader>(
                sp => new GatedTaskReader(new IndexingTaskReader(sp.GetRequiredService<InspectionDbContext>()), gate))));
        }
    }

    // Holds a rebuild at its start (the list of items to read) until the gate opens.
    private sealed class GatedTaskReader(IIndexingTaskReader inner, Task gate) : IIndexingTaskReader
    {
        public Task<IReadOnlyList<IndexingTask>> ReadAfterAsync(long afterId, int max, CancellationToken cancellationToken) =>
            inner.ReadAfterAsync(afterId, max, cancellationToken);

        public Task<long> GetLastIdAsync(CancellationToken cancellationToken) => inner.GetLastIdAsync(cancellationToken);

        public async Task<IReadOnlyList<string>> ListLiveItemIdsAsync(CancellationToken cancellationToken)
        {
            await gate.WaitAsync(cancellationToken);
            return await inner.ListLiveItemIdsAsync(cancellationToken);
        }
    }
}
