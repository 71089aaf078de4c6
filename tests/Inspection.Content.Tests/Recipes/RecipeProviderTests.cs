using Inspection.Content.Definitions;
using Inspection.Content.Recipes;
using Inspection.Content.Store;
using Inspection.Content.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Inspection.Content.Tests.Recipes;

/// <summary>The import transaction and the export on each store provider (PostgreSQL when a server is configured).</summary>
public sealed class RecipeProviderTests
{
    [Theory, SqliteData, PostgresData]
    public async Task FailedStepRollsBackEarlierStepsOfTheSameImport(StoreProvider provider)
    {
        await using var harness = await StoreHarness.CreateAsync(provider);
        var path = Path.Combine(harness.DataDirectory, "half.recipe.json");
        await File.WriteAllTextAsync(path, """
            { "name": "half", "steps": [
              { "name": "Roles", "Roles": [ { "Name": "Reader", "Permissions": [ "ViewEvidence" ] } ] },
              { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Page" } ] },
              { "name": "Content", "data": [ { "ContentItemId": "4page00000000000000000000a", "ContentType": "Page", "TitlePart": { "Title": "Saved then rolled back" } } ] },
              { "name": "Roles", "Roles": [ { "Name": "" } ] }
            ] }
            """);

        var ex = await Assert.ThrowsAsync<RecipeException>(() => harness.InScopeAsync(sp => Importer(sp).ImportFileAsync(path, null, CancellationToken.None)));

        Assert.Equal("half.recipe.json: step 4 (Roles): Roles[0] has no 'Name'", ex.Message);
        await harness.InScopeAsync(async sp =>
        {
            Assert.Empty(await sp.GetRequiredService<IRoleStore>().ListAsync(CancellationToken.None));
            Assert.Empty(await sp.GetRequiredService<IContentDefinitionStore>().ListTypesAsync(CancellationToken.None));
            Assert.Empty(await sp.GetRequiredService<IContentStore>().ListVersionsAsync("4page00000000000000000000a", CancellationToken.None));
        });
    }

    [Theory, SqliteData, PostgresData]
    public async Task BlogExportImportsTwiceWithoutNewVersionsAndExportsItsItemsWhole(StoreProvider provider)
    {
        await using var harness = await StoreHarness.CreateAsync(provider);
        await harness.InScopeAsync(sp => Importer(sp).ImportFilesAsync([RecipeFiles.Setup, RecipeFiles.FixedIds], null, CancellationToken.None));

        var again = await harness.InScopeAsync(sp => Importer(sp).ImportFileAsync(RecipeFiles.FixedIds, null, CancellationToken.None));
        var exported = await harness.InScopeAsync(sp => Exporter(sp).ExportAsync(new RecipeExportOptions(), CancellationToken.None));

        Assert.Equal((0, 0, 2), (again.ItemsCreated, again.ItemsUpdated, again.ItemsUnchanged));
        var source = (await RecipeReader.ReadFileAsync(RecipeFiles.FixedIds, CancellationToken.None)).Steps[0]["data"]!.AsArray();
        var items = exported["steps"]![1]!["data"]!.AsArray();
        Assert.Equal(source.Select(i => i!.ToJsonString()), items.Select(i => i!.ToJsonString()));
    }

    private static RecipeImporter Importer(IServiceProvider sp) =>
        new(
            sp.GetRequiredService<IContentStore>(),
            [
                ActivatorUtilities.CreateInstance<ContentDefinitionStepHandler>(sp),
                ActivatorUtilities.CreateInstance<ContentStepHandler>(sp),
                ActivatorUtilities.CreateInstance<RolesStepHandler>(sp),
            ],
            NullLogger<RecipeImporter>.Instance);

    private static RecipeExporter Exporter(IServiceProvider sp) => ActivatorUtilities.CreateInstance<RecipeExporter>(sp);
}
