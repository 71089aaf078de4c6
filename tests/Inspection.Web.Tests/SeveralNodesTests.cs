using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Inspection.Content.Jobs;
using Inspection.Web.Tests.Infrastructure;
using Npgsql;
using Xunit.Abstractions;

namespace Inspection.Web.Tests;

/// <summary>
/// Several processes over one store, each a node of its own (web apps with their own index folders, the CLI): upload job
/// items are claimed per node, a dead node's items pass on once its lease runs out, and every node's index agrees.
/// </summary>
public sealed class SeveralNodesTests(ITestOutputHelper output)
{
    private const string Password = "harbour-lantern-quokka-77";

    [PostgresFact]
    public async Task TwoWebNodesAndACliOverOnePostgreSqlStoreLoseNothingWhenANodeIsKilledMidJob()
    {
        var server = Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable)
            ?? throw new InvalidOperationException($"{PostgresFactAttribute.Variable} is not set, and CI=true: this test must run on CI.");
        var database = "inspection_nodes_" + Guid.NewGuid().ToString("N")[..12];
        await ExecuteAsync(server, $"CREATE DATABASE {database}");
        var data = TempFolder.Create("nodes");
        var incoming = TempFolder.Create("nodes-incoming");
        try
        {
            var shared = new Dictionary<string, string?>
            {
                ["Store:Provider"] = "PostgreSQL",
                ["Store:ConnectionString"] = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString,
                ["Jobs:LeaseSeconds"] = "3",
                ["Web:IndexPollSeconds"] = "1",
                ["Web:LoadSamples"] = "false",
                ["Ingestion:FilesAtOnce"] = "1",
                ["Search:MeaningSearch"] = "false",
            };
            await NodeProcess.RunCliAsync(data, shared, null, "setup");
            await NodeProcess.RunCliAsync(data, shared, Password, "users", "add", "lead", "--role", "QualityLead");
            var files = GeneratedEvidence.Write(incoming, 30, paragraphs: 200);

            // Both web nodes share the data folder (originals, accepted uploads) and the database; each has its own index.
            var nodeA = NodeProcess.StartWeb("node-a", data, Node(shared, "node-a", Path.Combine(data, "index-a")));
            using var nodeB = NodeProcess.StartWeb("node-b", data, Node(shared, "node-b", Path.Combine(data, "index-b")));
            NodeProcess? cli = null;
            try
            {
                await nodeA.WaitUntilHealthyAsync(TimeSpan.FromMinutes(2));
                await nodeB.WaitUntilHealthyAsync(TimeSpan.FromMinutes(2));
                await using var probe = new JobProbe(data, shared);
                Assert.Empty(await probe.JobsAsync());

                // 24 files uploaded to node A as one job, which both web nodes share; the CLI ingests the last 12, 6 of
                // them also in the upload, at the same time.
                using var onA = await nodeA.SignInAsync("lead", Password);
                var uploadJob = await UploadAsync(onA, files.Take(24));
                cli = NodeProcess.StartCli("cli", data, Node(shared, "cli", Path.Combine(data, "index-cli")), null, ["ingest", .. files.Skip(18), "--json"]);

                // Node A dies holding items it has claimed (it claims two at a time here), after finishing at least one.
                var held = await WaitForAsync(TimeSpan.FromMinutes(2), async () =>
                {
                    var items = await probe.ItemsAsync(uploadJob);
                    Assert.True(
                        items.Any(i => i.Status == IngestionItemStatuses.Pending),
                        "the upload job finished before node A could be killed mid-job: " + string.Join(", ", items.Select(i => $"{i.Ordinal} {i.ClaimedBy} {i.Status}")));
                    var holding = items.Where(i => i.ClaimedBy == "node-a" && i.Status == IngestionItemStatuses.Pending).ToList();
                    // Two held: one being processed, one waiting behind it, so at least one is still held when the kill lands.
                    return holding.Count > 1 && items.Any(i => i.ClaimedBy == "node-a" && i.Status != IngestionItemStatuses.Pending) ? holding : null;
                });
                nodeA.Kill();
                var sinceKill = Stopwatch.StartNew();
                held = [.. (await probe.ItemsAsync(uploadJob)).Where(i => i.ClaimedBy == "node-a" && i.Status == IngestionItemStatuses.Pending)];
                var heldOrdinals = held.Select(i => i.Ordinal).ToHashSet();
                Assert.NotEmpty(heldOrdinals);

                await WaitForAsync(TimeSpan.FromMinutes(1), async () =>
                    (await probe.ItemsAsync(uploadJob)).Where(i => heldOrdinals.Contains(i.Ordinal)).All(i => i.ClaimedBy != "node-a") ? "taken over" : null);
                var takeover = sinceKill.Elapsed;

                Assert.Equal(0, await cli.WaitForExitAsync(TimeSpan.FromMinutes(3)));
                await WaitForAsync(TimeSpan.FromMinutes(3), async () =>
                    (await probe.JobsAsync()).All(j => j.Status == IngestionJobStatuses.Completed) ? "finished" : null);
                var finishedAfter = sinceKill.Elapsed;

                // Every job finished, every file done once, except the ones the dead node held, which were done again.
                var jobs = await probe.JobsAsync();
                Assert.Equal(2, jobs.Count);
                Assert.All(jobs, j => Assert.Equal((IngestionJobStatuses.Completed, j.Total), (j.Status, j.Done)));
                var uploadItems = await probe.ItemsAsync(uploadJob);
                Assert.All(uploadItems.Where(i => !heldOrdinals.Contains(i.Ordinal)), i => Assert.Equal(1, i.Attempts));
                Assert.All(uploadItems.Where(i => heldOrdinals.Contains(i.Ordinal)), i => Assert.Equal(2, i.Attempts));
                var allItems = await probe.AllItemsAsync();
                Assert.DoesNotContain(allItems, i => i.Status == IngestionItemStatuses.Rejected);
                Assert.Equal(30, allItems.Count(i => i.Status == IngestionItemStatuses.Created));

                // Node A comes back on its old index, which catches up from its cursor.
                using var nodeA2 = NodeProcess.StartWeb("node-a-again", data, Node(shared, "node-a-again", Path.Combine(data, "index-a")));
                await nodeA2.WaitUntilHealthyAsync(TimeSpan.FromMinutes(2));
                using var onA2 = await nodeA2.SignInAsync("lead", Password);
                using var onB = await nodeB.SignInAsync("lead", Password);

                // Every file is stored exactly once.
                var documents = (await onB.GetJsonAsync("/api/documents")).EnumerateArray().Select(d => d.GetProperty("sourceFile").GetString()).Order(StringComparer.Ordinal);
                Assert.Equal(files.Select(Path.GetFileName).Order(StringComparer.Ordinal), documents);

                // Both indexes answer alike: each file's own word finds that one document, and the shared word all of them.
                await WaitForAsync(TimeSpan.FromMinutes(1), async () =>
                    (await onA2.GetJsonAsync($"/api/search?q={GeneratedEvidence.CommonWord}")).GetProperty("total").GetInt32()
                        == (await onB.GetJsonAsync($"/api/search?q={GeneratedEvidence.CommonWord}")).GetProperty("total").GetInt32() ? "caught up" : null);
                Assert.Equal(await AnswerAsync(onB, GeneratedEvidence.CommonWord), await AnswerAsync(onA2, GeneratedEvidence.CommonWord));
                for (var i = 0; i < files.Count; i++)
                {
                    var onNodeB = await AnswerAsync(onB, GeneratedEvidence.Word(i));
                    Assert.Single(onNodeB.Documents.Distinct(StringComparer.Ordinal));
                    Assert.Equal(onNodeB, await AnswerAsync(onA2, GeneratedEvidence.Word(i)));
                }

                var byNode = allItems.GroupBy(i => i.ClaimedBy ?? "(none)").OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} {g.Count()}"));
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"killed node-a holding {heldOrdinals.Count} item(s); taken over after {takeover.TotalSeconds:0.0} s, all jobs finished {finishedAfter.TotalSeconds:0.0} s after the kill; items by node: {string.Join(", ", byNode)}; documents {files.Count}"));
            }
            finally
            {
                nodeA.Dispose();
                cli?.Dispose();
            }
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
            TempFolder.Delete(data);
            TempFolder.Delete(incoming);
        }
    }

    [Fact]
    public async Task AWebAppAndACliIngestOnOneSqliteFolderShareTheJobAndNeverProcessAFileTwice()
    {
        var data = TempFolder.Create("nodes-sqlite");
        var incoming = TempFolder.Create("nodes-sqlite-incoming");
        try
        {
            var shared = new Dictionary<string, string?>
            {
                ["Web:LoadSamples"] = "false",
                ["Web:IndexPollSeconds"] = "1",
                ["Ingestion:FilesAtOnce"] = "1",
                ["Search:MeaningSearch"] = "false",
            };
            await NodeProcess.RunCliAsync(data, shared, null, "setup");
            await NodeProcess.RunCliAsync(data, shared, Password, "users", "add", "lead", "--role", "QualityLead");
            // Enough files that the CLI's job lasts several of the web worker's one-second polls: with 30, a quiet machine
            // finished the job between two polls and the web app claimed nothing.
            var files = GeneratedEvidence.Write(incoming, 120);
            await using var probe = new JobProbe(data, shared);

            // The web app runs on the folder, its worker looking for unfinished jobs every second, while the CLI ingests.
            using var web = NodeProcess.StartWeb("web", data, Node(shared, "web", Path.Combine(data, "index-web")));
            await web.WaitUntilHealthyAsync(TimeSpan.FromMinutes(2));
            using var cli = NodeProcess.StartCli("cli", data, Node(shared, "cli", Path.Combine(data, "index")), null, ["ingest", .. files, "--json"]);
            Assert.Equal(0, await cli.WaitForExitAsync(TimeSpan.FromMinutes(3)));

            // The CLI's command ends once its job has: every file done once, by one node or the other, none "already held".
            var job = Assert.Single(await probe.JobsAsync());
            Assert.Equal(IngestionJobStatuses.Completed, job.Status);
            var items = await probe.ItemsAsync(job.Id);
            Assert.All(items, i => Assert.Equal((IngestionItemStatuses.Created, 1), (i.Status, i.Attempts)));
            Assert.Contains(items, i => i.ClaimedBy == "web");
            Assert.Contains(items, i => i.ClaimedBy == "cli");
            var outcomes = cli.Output.Split('\n').Where(l => l.StartsWith('{')).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("status").GetString()).ToList();
            Assert.DoesNotContain("duplicate", outcomes);

            using var lead = await web.SignInAsync("lead", Password);
            var documents = (await lead.GetJsonAsync("/api/documents")).EnumerateArray().Select(d => d.GetProperty("sourceFile").GetString()).Order(StringComparer.Ordinal);
            Assert.Equal(files.Select(Path.GetFileName).Order(StringComparer.Ordinal), documents);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"items by node: {string.Join(", ", items.GroupBy(i => i.ClaimedBy).Select(g => $"{g.Key} {g.Count()}"))}"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            TempFolder.Delete(data);
            TempFolder.Delete(incoming);
        }
    }

    [Fact]
    public async Task ACliCommandBesideTheWebAppOnOneDataFolderNeverWritesTheWebAppsIndex()
    {
        var data = TempFolder.Create("nodes-one-index");
        var incoming = TempFolder.Create("nodes-one-index-incoming");
        try
        {
            // The defaults a council would run with: one data folder, one index folder in it, for the web app and the CLI.
            var shared = new Dictionary<string, string?>
            {
                ["Web:LoadSamples"] = "false",
                ["Web:IndexPollSeconds"] = "1",
                ["Search:MeaningSearch"] = "false",
            };
            await NodeProcess.RunCliAsync(data, shared, null, "setup");
            await NodeProcess.RunCliAsync(data, shared, Password, "users", "add", "lead", "--role", "QualityLead");
            var files = GeneratedEvidence.Write(incoming, 3, paragraphs: 20);
            using var web = NodeProcess.StartWeb("web", data, shared);
            await web.WaitUntilHealthyAsync(TimeSpan.FromMinutes(2));
            var lockFile = Path.Combine(data, "index", "write.lock");
            Assert.True(File.Exists(lockFile));

            // A command that changes the store succeeds and leaves the indexing to the web app, which holds the index.
            using (var ingest = NodeProcess.StartCli("ingest", data, shared, null, ["ingest", .. files]))
            {
                Assert.Equal(0, await ingest.WaitForExitAsync(TimeSpan.FromMinutes(2)));
                Assert.Contains("the search index is in use by another process", ingest.Output, StringComparison.Ordinal);
            }

            // A command that rebuilds the index says it is in use instead of opening a second writer beside the web app's.
            using (var reindex = NodeProcess.StartCli("reindex", data, shared, null, ["reindex"]))
            {
                Assert.Equal(1, await reindex.WaitForExitAsync(TimeSpan.FromMinutes(1)));
                Assert.Contains("is in use by another process", reindex.Output, StringComparison.Ordinal);
            }

            Assert.True(File.Exists(lockFile));
            using var lead = await web.SignInAsync("lead", Password);
            // The web app indexed what the command stored, from the outbox.
            var found = await WaitForAsync(TimeSpan.FromMinutes(1), async () =>
            {
                var answer = await lead.GetJsonAsync("/api/search?byDocument=true&q=" + GeneratedEvidence.CommonWord);
                var documents = answer.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("documentId").GetString()).Distinct().Count();
                return documents == files.Count ? "all" : null;
            });
            Assert.Equal("all", found);

            // A command that only reads the index searches it as the web app last saved it, and writes nothing in it.
            var indexFiles = IndexFiles(data);
            using (var search = NodeProcess.StartCli("search", data, shared, null, ["search", GeneratedEvidence.CommonWord, "--json"]))
            {
                Assert.Equal(0, await search.WaitForExitAsync(TimeSpan.FromMinutes(1)));
                Assert.Contains("searching it as that process last saved it", search.Output, StringComparison.Ordinal);
                foreach (var file in files)
                {
                    Assert.Contains(Path.GetFileName(file), search.Output, StringComparison.Ordinal);
                }
            }

            Assert.Equal(indexFiles, IndexFiles(data));
            Assert.True(File.Exists(lockFile));
            var after = await lead.GetJsonAsync("/api/search?byDocument=true&q=" + GeneratedEvidence.CommonWord);
            Assert.Equal(files.Count, after.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("documentId").GetString()).Distinct().Count());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            TempFolder.Delete(data);
            TempFolder.Delete(incoming);
        }
    }

    // The index's files with their sizes: what a reader beside the web app must leave as it found them.
    private static string IndexFiles(string data) => string.Join('\n', Directory.GetFiles(Path.Combine(data, "index"))
        .Select(f => $"{Path.GetFileName(f)} {new FileInfo(f).Length}")
        .Order(StringComparer.Ordinal));

    private static Dictionary<string, string?> Node(Dictionary<string, string?> shared, string nodeId, string indexDirectory) =>
        new(shared) { ["Jobs:NodeId"] = nodeId, ["Search:IndexDirectory"] = indexDirectory };

    private static async Task<string> UploadAsync(WebSession session, IEnumerable<string> files)
    {
        using var form = new MultipartFormDataContent();
        foreach (var file in files)
        {
            form.Add(new ByteArrayContent(await File.ReadAllBytesAsync(file)), "files", Path.GetFileName(file));
        }

        form.Add(new StringContent("Official"), "classification");
        var response = await session.Client.PostAsync(new Uri("/api/uploads", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetString()!;
    }

    private static async Task<SearchAnswer> AnswerAsync(WebSession session, string query)
    {
        var answer = await session.GetJsonAsync("/api/search?q=" + Uri.EscapeDataString(query));
        var documents = answer.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("documentId").GetString()!).ToList();
        return new SearchAnswer(answer.GetProperty("total").GetInt32(), string.Join(' ', documents), documents);
    }

    private static async Task<T> WaitForAsync<T>(TimeSpan timeout, Func<Task<T?>> until)
        where T : class
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (await until() is { } done)
            {
                return done;
            }

            Assert.True(DateTime.UtcNow < deadline, $"still waiting after {timeout}");
            await Task.Delay(25);
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    // Compared by total and the page's documents in order (the list itself is for the assertions' messages).
    private sealed record SearchAnswer(int Total, string Order, IReadOnlyList<string> Documents)
    {
        public bool Equals(SearchAnswer? other) => other is not null && Total == other.Total && string.Equals(Order, other.Order, StringComparison.Ordinal);

        public override int GetHashCode() => HashCode.Combine(Total, Order);
    }
}
