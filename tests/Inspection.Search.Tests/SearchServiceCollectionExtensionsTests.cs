using Inspection.Search.Indexing;
using Inspection.Search.Tests.Corpus;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Inspection.Search.Tests;

public sealed class SearchServiceCollectionExtensionsTests
{
    [Fact]
    public async Task TheHostComposesAWorkingSearchFromConfiguration()
    {
        using var folder = new TempFolder();
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Search:IndexDirectory"] = Path.Combine(folder.Path, "index"),
            ["Search:GlossaryPath"] = RepoPaths.GlossaryRecipe,
        });
        builder.Services.AddInspectionSearch();
        using var host = builder.Build();
        await host.StartAsync();

        var index = host.Services.GetRequiredService<PassageIndex>();
        var document = CorpusDocuments.All.Single(d => d.DocumentId == CorpusDocuments.FocusedVisit);
        index.UpsertDocument(document.DocumentId, PdfPassageBuilder.Build(document));
        index.Refresh();
        var results = host.Services.GetRequiredService<SearchService>()
            .Search(new SearchRequest { Query = "RHI", AllowedClassifications = CorpusDocuments.Everyone });

        Assert.Same(index, host.Services.GetRequiredService<PassageIndex>());
        Assert.NotEmpty(results.Hits);
        await host.StopAsync();
    }

    [Fact]
    public void AMissingIndexDirectoryStopsStartupNamingTheSetting()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddInspectionSearch();
        using var host = builder.Build();

        var error = Assert.Throws<OptionsValidationException>(() => host.StartAsync().GetAwaiter().GetResult());

        Assert.Contains("IndexDirectory", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingGlossaryStopsStartupNamingTheSetting()
    {
        using var folder = new TempFolder();
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Search:IndexDirectory"] = Path.Combine(folder.Path, "index"),
            ["Search:GlossaryPath"] = Path.Combine(folder.Path, "missing.recipe.json"),
        });
        builder.Services.AddInspectionSearch();
        using var host = builder.Build();

        var error = Assert.Throws<OptionsValidationException>(() => host.StartAsync().GetAwaiter().GetResult());

        Assert.Contains("GlossaryPath", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownMeaningModelStopsStartupNamingTheSetting()
    {
        using var folder = new TempFolder();
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Search:IndexDirectory"] = Path.Combine(folder.Path, "index"),
            ["Search:GlossaryPath"] = RepoPaths.GlossaryRecipe,
            ["Search:MeaningModel"] = "GPT",
        });
        builder.Services.AddInspectionSearch();
        using var host = builder.Build();

        var error = Assert.Throws<OptionsValidationException>(() => host.StartAsync().GetAwaiter().GetResult());

        Assert.Contains("MeaningModel", error.Message, StringComparison.Ordinal);
        Assert.Contains("ArcticXs", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheMeaningModelSettingChoosesTheModelAndThePlainEnglishLayerSitsBesideTheGlossary()
    {
        using var folder = new TempFolder();
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Search:IndexDirectory"] = Path.Combine(folder.Path, "index"),
            ["Search:GlossaryPath"] = RepoPaths.GlossaryRecipe,
            ["Search:MeaningModel"] = "ArcticXs",
        });
        builder.Services.AddInspectionSearch();
        using var host = builder.Build();

        Assert.Equal("snowflake-arctic-embed-xs/24.9.52193", host.Services.GetRequiredService<Inspection.Search.Meaning.IPassageEmbedder>().Model);
        Assert.Equal(
            Path.Combine(Path.GetDirectoryName(RepoPaths.GlossaryRecipe)!, "plain-english.recipe.json"),
            host.Services.GetRequiredService<Inspection.Search.Meaning.PlainEnglishProvider>().FilePath);
    }
}
