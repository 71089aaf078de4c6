using Inspection.Ingestion.Cleaning;
using Inspection.Ingestion.Extraction;
using Inspection.Ingestion.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Inspection.Ingestion.Tests;

public sealed class IngestionServiceCollectionExtensionsTests
{
    [Fact]
    public void RegisteredExtractorHonoursConfiguredLimits()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Ingestion:MaxPages"] = "10" })
            .Build();
        using var provider = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddInspectionIngestion()
            .BuildServiceProvider();

        var extractor = provider.GetRequiredService<IDocumentExtractor>();
        var error = Assert.Throws<IngestionException>(() => extractor.Extract(Corpus.Real(Corpus.LeadMember), CancellationToken.None));

        Assert.EndsWith("the PDF has 12 pages; the limit is 10", error.Message, StringComparison.Ordinal);
        Assert.Equal(8, extractor.Extract(Corpus.Real(Corpus.SendRevisit), CancellationToken.None).PageCount);
        Assert.Equal(
            BlockCleaningPipeline.DefaultCleaners().Select(c => c.GetType()),
            provider.GetServices<IBlockCleaner>().Select(c => c.GetType()));
    }

    [Fact]
    public void InvalidLimitStopsOptionsNamingTheKey()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Ingestion:MaxPages"] = "0" })
            .Build();
        using var provider = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddInspectionIngestion()
            .BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<IngestionOptions>>().Value);

        Assert.Contains("MaxPages", error.Message, StringComparison.Ordinal);
    }
}
