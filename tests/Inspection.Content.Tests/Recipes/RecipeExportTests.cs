using System.Text.Json.Nodes;
using Inspection.Content.Recipes;

namespace Inspection.Content.Tests.Recipes;

public sealed class RecipeExportTests : IAsyncLifetime
{
    private readonly RecipeTestStore _source = new();
    private readonly RecipeTestStore _target = new();

    public async Task InitializeAsync()
    {
        await _source.InitializeAsync();
        await _target.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _source.CloseAsync();
        await _target.CloseAsync();
    }

    [Fact]
    public async Task ExportThenImportIntoAFreshStoreRoundTripsTypesItemsAndRoles()
    {
        await _source.ImportFilesAsync([RecipeFiles.Setup, RecipeFiles.Roles, RecipeFiles.BlogExport, RecipeFiles.FixedIds], RecipeFiles.BlogParameters());
        var options = new RecipeExportOptions { Name = "hilltown", DisplayName = "Hilltown export", Author = "Hilltown Council", Categories = ["export"] };
        var exported = await _source.Run(s => s.Exporter.ExportAsync(options, CancellationToken.None));
        var path = _source.WriteRecipe("hilltown.recipe.json", RecipeWriter.ToJsonString(exported));

        var imported = await _target.ImportFileAsync(path, null);
        var again = await _target.Run(s => s.Exporter.ExportAsync(options, CancellationToken.None));

        Assert.Equal(["ContentDefinition", "Content", "Roles"], imported.StepsApplied);
        Assert.Equal((12, 5, 5), (imported.TypesSaved, imported.PartsSaved, imported.ItemsCreated));
        Assert.True(JsonNode.DeepEquals(exported["steps"]![0], again["steps"]![0]), "ContentDefinition differs");
        Assert.True(JsonNode.DeepEquals(exported["steps"]![2], again["steps"]![2]), "Roles differ");
        // Items come back whole: ids, version ids, timestamps, flags and every part, known or not.
        Assert.Equal(5, again["steps"]![1]!["data"]!.AsArray().Count);
        Assert.Equal(exported["steps"]![1]!.ToJsonString(), again["steps"]![1]!.ToJsonString());
        Assert.Equal("hilltown", again["name"]!.GetValue<string>());
        Assert.False(again["issetuprecipe"]!.GetValue<bool>());
    }

    [Fact]
    public async Task ImportingAnExportIntoItsOwnStoreChangesNothing()
    {
        await _source.ImportFilesAsync([RecipeFiles.Setup, RecipeFiles.BlogExport], RecipeFiles.BlogParameters());
        var versions = await _source.VersionCountsAsync();
        var exported = await _source.Run(s => s.Exporter.ExportAsync(new RecipeExportOptions(), CancellationToken.None));
        var path = _source.WriteRecipe("self.recipe.json", RecipeWriter.ToJsonString(exported));

        var result = await _source.ImportFileAsync(path, null);

        Assert.Equal((0, 0, 3), (result.ItemsCreated, result.ItemsUpdated, result.ItemsUnchanged));
        Assert.Equal(versions, await _source.VersionCountsAsync());
    }

    [Fact]
    public async Task PublishedOnlyExportLeavesOutNeverPublishedDrafts()
    {
        await _source.ImportFileAsync(RecipeFiles.BlogExport, RecipeFiles.BlogParameters());

        var all = await _source.Run(s => s.Exporter.ExportAsync(new RecipeExportOptions(), CancellationToken.None));
        var published = await _source.Run(s => s.Exporter.ExportAsync(new RecipeExportOptions { PublishedOnly = true }, CancellationToken.None));

        Assert.Equal(3, all["steps"]![1]!["data"]!.AsArray().Count);
        var items = published["steps"]![1]!["data"]!.AsArray();
        Assert.Equal(2, items.Count);
        Assert.All(items, i => Assert.True(i!["Published"]!.GetValue<bool>()));
    }
}
