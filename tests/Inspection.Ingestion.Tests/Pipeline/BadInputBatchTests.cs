using System.IO.Compression;
using Inspection.Content;
using Inspection.Content.Evidence;
using Inspection.Content.Jobs;
using Inspection.Content.Outbox;
using Inspection.Content.Store;
using Inspection.Ingestion.Pipeline;
using Inspection.Ingestion.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Ingestion.Tests.Pipeline;

/// <summary>Every kind of bad file in one batch: each rejected with its name and reason, and nothing of it left in the store.</summary>
public sealed class BadInputBatchTests : IDisposable
{
    private readonly TempFolder _data = new();
    private readonly TempFolder _incoming = new();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _data.Dispose();
        _incoming.Dispose();
    }

    [Fact]
    public async Task EachBadFileIsRejectedWithItsReasonAndLeavesTheStoreBlobsAndOutboxUnchanged()
    {
        var truncated = File.ReadAllBytes(Corpus.Real(Corpus.SendRevisit));
        _incoming.Write("encrypted-minutes.pdf", GeneratedPdfs.Encrypted());
        _incoming.Write("truncated-report.pdf", truncated[..(truncated.Length * 4 / 10)]);
        _incoming.Write("empty.pdf", []);
        _incoming.Write("archive-renamed.pdf", Zip());
        _incoming.Write("old-audit.doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0, 0, 0, 0, 0]);
        _incoming.Write("noise.bin", [.. Enumerable.Range(0, 4096).Select(i => (byte)((i * 7919) % 251))]);
        await using var services = Services();
        await InitialiseAsync(services);

        var outcomes = await services.GetRequiredService<IngestionJobRunner>()
            .RunAsync(SourceFiles.Expand([_incoming.Path]), IngestSettings.Default, null, CancellationToken.None);

        Assert.Equal(6, outcomes.Count);
        Assert.All(outcomes, o => Assert.Equal(IngestionItemStatuses.Rejected, o.Status));
        Assert.All(outcomes, o => Assert.StartsWith(o.File + ": ", o.Error, StringComparison.Ordinal));
        Assert.Contains("encrypted", Reason(outcomes, "encrypted-minutes.pdf"), StringComparison.Ordinal);
        Assert.Contains("damaged or incomplete", Reason(outcomes, "truncated-report.pdf"), StringComparison.Ordinal);
        Assert.Contains("empty", Reason(outcomes, "empty.pdf"), StringComparison.Ordinal);
        Assert.Contains("ZIP", Reason(outcomes, "archive-renamed.pdf"), StringComparison.Ordinal);
        Assert.Contains(".docx", Reason(outcomes, "old-audit.doc"), StringComparison.Ordinal);

        await using var scope = services.CreateAsyncScope();
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<IContentStore>().ListAsync(null, CancellationToken.None));
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<IIndexingTaskReader>().GetLastIdAsync(CancellationToken.None));
        var blobs = Path.Combine(_data.Path, "blobs");
        Assert.False(Directory.Exists(blobs) && Directory.EnumerateFiles(blobs, "*", SearchOption.AllDirectories).Any());
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<IIngestionJobStore>().ListUnfinishedAsync(CancellationToken.None));
    }

    [Fact]
    public async Task AScannedPdfIsKeptWithANoTextLayerStatusAndNoPassages()
    {
        var scanned = _incoming.Write("scanned-letter.pdf", GeneratedPdfs.WithoutText(2));
        await using var services = Services();
        await InitialiseAsync(services);

        var outcome = Assert.Single(await services.GetRequiredService<IngestionJobRunner>()
            .RunAsync([scanned], IngestSettings.Default, null, CancellationToken.None));

        Assert.Equal(IngestionItemStatuses.Created, outcome.Status);
        Assert.Equal(0, outcome.Passages);
        Assert.Contains("no text layer", outcome.Warning, StringComparison.Ordinal);
        await using var scope = services.CreateAsyncScope();
        var item = await scope.ServiceProvider.GetRequiredService<IContentStore>().GetAsync(outcome.DocumentId!, Content.Model.VersionOptions.Latest, CancellationToken.None);
        Assert.Equal(EvidenceItemBuilder.StatusNoTextLayer, EvidencePart.GetText(item!, EvidencePart.Status));
    }

    private static string Reason(IReadOnlyList<IngestOutcome> outcomes, string file) =>
        outcomes.Single(o => o.File == file).Error!;

    private static byte[] Zip()
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(archive.CreateEntry("minutes.txt").Open());
            writer.Write("Minutes of the corporate parenting panel.");
        }

        return buffer.ToArray();
    }

    private ServiceProvider Services()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Store:DataDirectory"] = _data.Path })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddInspectionContent();
        services.AddInspectionIngestion();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    private static async Task InitialiseAsync(ServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IStoreInitializer>().InitializeAsync(CancellationToken.None);
    }
}
