using System.Globalization;
using System.Text.Json.Nodes;
using Inspection.Content.Definitions;
using Inspection.Content.Model;
using Inspection.Content.Recipes;

namespace Inspection.Content.Tests.Recipes;

public sealed class RecipeImportTests : IAsyncLifetime
{
    private readonly RecipeTestStore _store = new();

    public Task InitializeAsync() => _store.InitializeAsync();

    public Task DisposeAsync() => _store.CloseAsync();

    [Fact]
    public async Task OrchardBlogExportImportsAndListsTheStepsItSkipped()
    {
        var result = await _store.ImportFileAsync(RecipeFiles.BlogExport, RecipeFiles.BlogParameters());

        Assert.Equal("BlogExport", result.RecipeName);
        Assert.Equal(["ContentDefinition", "content", "Roles"], result.StepsApplied);
        Assert.Equal(["feature", "themes", "settings", "lucene-index", "layers", "Queries", "media"], result.StepsSkipped);
        Assert.Equal((3, 0, 0), (result.ItemsCreated, result.ItemsUpdated, result.ItemsUnchanged));
        Assert.Equal((2, 1, 2), (result.TypesSaved, result.PartsSaved, result.RolesSaved));

        var types = await _store.Run(s => s.Definitions.ListTypesAsync(CancellationToken.None));
        Assert.Equal(["Blog", "BlogPost"], types.Select(t => t.Name).Order(StringComparer.Ordinal));
        Assert.Equal("Blog Post", types.Single(t => t.Name == "BlogPost").DisplayName);
    }

    [Fact]
    public async Task DefinitionsAreStoredExactlyAsImported()
    {
        await _store.ImportFileAsync(RecipeFiles.BlogExport, RecipeFiles.BlogParameters());
        var source = (await RecipeReader.ReadFileAsync(RecipeFiles.BlogExport, CancellationToken.None)).Steps.Single(s => s["name"]!.GetValue<string>() == "ContentDefinition");

        var types = await _store.Run(s => s.Definitions.ListTypesAsync(CancellationToken.None));
        var parts = await _store.Run(s => s.Definitions.ListPartsAsync(CancellationToken.None));

        foreach (var record in source["ContentTypes"]!.AsArray())
        {
            Assert.True(JsonNode.DeepEquals(record, types.Single(t => t.Name == record!["Name"]!.GetValue<string>()).Json), record!["Name"]!.GetValue<string>());
        }

        Assert.True(JsonNode.DeepEquals(source["ContentParts"]![0], parts.Single(p => p.Name == "BlogPost").Json));
    }

    [Fact]
    public async Task ItemsKeepPartsWeDoNotDefineAndUseVariablesAndParameters()
    {
        await _store.ImportFileAsync(RecipeFiles.BlogExport, RecipeFiles.BlogParameters());

        var blog = Assert.Single(await _store.Run(s => s.Content.ListAsync("Blog", CancellationToken.None)));
        var posts = await _store.Run(s => s.Content.ListAsync("BlogPost", CancellationToken.None));
        var post = posts.Single(p => p.ContentItemId == "4b1z7t6w3y0qk2j8h5m9c1d4fa");
        var draft = posts.Single(p => p.ContentItemId == "4c8k2n5q7t9w1y3a5d7f9h1j3l");

        Assert.Matches("^[0-9a-z]{26}$", blog.ContentItemId);
        Assert.Equal(blog.ContentItemId, post.Content["ContainedPart"]!["ListContentItemId"]!.GetValue<string>());
        Assert.Equal("4admin0user0id0000000000aa", post.Owner);
        Assert.Equal("admin", post.Author);
        Assert.True(post.Published);
        Assert.False(draft.Published);
        Assert.Null(await _store.Run(s => s.Content.GetAsync(draft.ContentItemId, VersionOptions.Published, CancellationToken.None)));

        var source = (await RecipeReader.ReadFileAsync(RecipeFiles.BlogExport, CancellationToken.None)).Steps.Single(s => s["name"]!.GetValue<string>() == "content")["data"]![1]!;
        foreach (var part in new[] { "BlogPost", "MarkdownBodyPart", "AutoroutePart", "LocalizationPart", "SeoMetaPart", "TitlePart" })
        {
            Assert.True(JsonNode.DeepEquals(source[part], post.Content[part]), part);
        }
    }

    [Fact]
    public async Task ReimportingTheSameRecipeChangesNothing()
    {
        var first = await _store.ImportFilesAsync([RecipeFiles.Setup, RecipeFiles.Roles, RecipeFiles.FixedIds], null);
        var versionsBefore = await _store.VersionCountsAsync();

        var again = await _store.ImportFilesAsync([RecipeFiles.Setup, RecipeFiles.Roles, RecipeFiles.FixedIds], null);

        Assert.Equal(2, first[2].ItemsCreated);
        Assert.Equal((0, 0, 2), (again[2].ItemsCreated, again[2].ItemsUpdated, again[2].ItemsUnchanged));
        Assert.Equal(versionsBefore, await _store.VersionCountsAsync());
    }

    [Fact]
    public async Task ChangedItemGetsANewVersionAndKeepsItsHistory()
    {
        // The setup recipe defines the action plan's types; items of a type nothing defines are refused.
        await _store.ImportFileAsync(RecipeFiles.Setup, null);
        await _store.ImportFileAsync(RecipeFiles.FixedIds, null);
        var text = await File.ReadAllTextAsync(RecipeFiles.FixedIds);
        var changed = _store.WriteRecipe("changed.recipe.json", text.Replace("Amber", "Green", StringComparison.Ordinal));

        var result = await _store.ImportFileAsync(changed, null);

        Assert.Equal((0, 1, 1), (result.ItemsCreated, result.ItemsUpdated, result.ItemsUnchanged));
        var versions = await _store.Run(s => s.Content.ListVersionsAsync("4act0000000000000000000001", CancellationToken.None));
        Assert.Equal(2, versions.Count);
        Assert.Equal("Amber", versions[0].Content["Action"]!["RagRating"]!["Text"]!.GetValue<string>());
        Assert.Equal("Green", versions[1].Content["Action"]!["RagRating"]!["Text"]!.GetValue<string>());
    }

    [Fact]
    public async Task MalformedJsonGivesLineAndPositionAndLeavesTheStoreUnchanged()
    {
        await _store.ImportFileAsync(RecipeFiles.BlogExport, RecipeFiles.BlogParameters());
        var before = await _store.CountsAsync();
        var text = await File.ReadAllTextAsync(RecipeFiles.Setup);
        var broken = _store.WriteRecipe("broken.recipe.json", text.Replace("\"Name\": \"Minutes\",", "\"Name\": \"Minutes\"", StringComparison.Ordinal));
        var line = text[..text.IndexOf("\"Name\": \"Minutes\",", StringComparison.Ordinal)].Count(c => c == '\n') + 2;

        var ex = await Assert.ThrowsAsync<RecipeException>(() => _store.ImportFileAsync(broken, null));

        Assert.StartsWith($"broken.recipe.json: invalid JSON at line {line}, position 11:", ex.Message, StringComparison.Ordinal);
        Assert.Equal(before, await _store.CountsAsync());
    }

    [Fact]
    public async Task AnItemOfATypeNoStepDefinesIsNamedAndNothingOfTheRecipeIsApplied()
    {
        await _store.ImportFileAsync(RecipeFiles.Setup, null);
        var before = await _store.CountsAsync();
        var path = _store.WriteRecipe("undefined-type.recipe.json", """
            { "name": "undefined-type", "steps": [
              { "name": "ContentDefinition", "ContentTypes": [ { "Name": "PeerReview", "DisplayName": "Peer review" } ] },
              { "name": "Content", "data": [
                { "ContentItemId": "4pr0000000000000000000001", "ContentType": "PeerReview", "DisplayText": "Defined above" },
                { "ContentItemId": "4pr0000000000000000000002", "ContentType": "Article", "DisplayText": "From a blog" } ] } ] }
            """);

        var ex = await Assert.ThrowsAsync<RecipeException>(() => _store.ImportFileAsync(path, null));

        Assert.StartsWith("undefined-type.recipe.json: step 2 (Content): data[1] has the content type 'Article'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("PeerReview", ex.Message, StringComparison.Ordinal);
        Assert.Equal(before, await _store.CountsAsync());
    }

    [Fact]
    public async Task ARecipeOfThousandsOfItemsImportsEveryItemInOneTransaction()
    {
        // The step lets go of the rows it has saved every 200 items (each save in the one transaction scanned every row
        // saved before it: 20,000 items took more than 12 minutes, 28 s after). How fast is measured by hand, not here
        // (a timed test fails on a busy machine); what is checked is that letting go loses nothing across the batches.
        await _store.ImportFileAsync(RecipeFiles.Setup, null);
        const int Count = 1_250;
        var items = string.Join(",\n", Enumerable.Range(0, Count).Select(i => string.Create(
            CultureInfo.InvariantCulture,
            $$"""{ "ContentItemId": "4bulk{{i:D20}}", "ContentType": "Other", "DisplayText": "Note {{i}}", "Latest": true, "Published": true }""")));
        var path = _store.WriteRecipe("bulk.recipe.json", "{ \"name\": \"bulk\", \"steps\": [ { \"name\": \"Content\", \"data\": [\n" + items + "\n] } ] }");
        var before = await _store.CountsAsync();

        var result = await _store.ImportFileAsync(path, null);

        Assert.Equal(Count, result.ItemsCreated);
        Assert.Equal(before.Items + Count, (await _store.CountsAsync()).Items);
    }

    [Fact]
    public async Task MalformedStepIsNamedAndNothingOfTheRecipeIsApplied()
    {
        var before = await _store.CountsAsync();
        var path = _store.WriteRecipe("bad-item.recipe.json", """
            {
              "name": "bad-item",
              "steps": [
                { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Page", "DisplayName": "Page" } ] },
                { "name": "Content", "data": [ { "ContentItemId": "4page00000000000000000000a", "ContentType": "Page" }, { "ContentItemId": "4page00000000000000000000b", "DisplayText": "No type" } ] }
              ]
            }
            """);

        var ex = await Assert.ThrowsAsync<RecipeException>(() => _store.ImportFileAsync(path, null));

        Assert.Equal("bad-item.recipe.json: step 2 (Content): data[1] has no 'ContentType'", ex.Message);
        Assert.Equal(before, await _store.CountsAsync());
        Assert.Null(await _store.Run(s => s.Definitions.GetTypeAsync("Page", CancellationToken.None)));
    }

    [Theory]
    [InlineData("""{ "name": "ContentDefinition", "ContentTypes": [ { "DisplayName": "Nameless" } ] }""", "step 1 (ContentDefinition): ContentTypes[0] has no 'Name'")]
    [InlineData("""{ "name": "ContentDefinition", "ContentParts": [ { "Name": "P", "ContentPartFieldDefinitionRecords": [ { "Name": "F" } ] } ] }""", "step 1 (ContentDefinition): content part 'P', field 0 has no 'FieldName'")]
    [InlineData("""{ "name": "Content", "data": { "ContentType": "Page" } }""", "step 1 (Content): 'data' must be an array of content items")]
    [InlineData("""{ "name": "Roles", "Roles": [ { "Description": "x" } ] }""", "step 1 (Roles): Roles[0] has no 'Name'")]
    public async Task MalformedStepOfOursNamesTheStepAndTheProblem(string step, string message)
    {
        var path = _store.WriteRecipe("step.recipe.json", $$"""{ "name": "step", "steps": [ {{step}} ] }""");

        var ex = await Assert.ThrowsAsync<RecipeException>(() => _store.ImportFileAsync(path, null));

        Assert.Equal("step.recipe.json: " + message, ex.Message);
    }

    [Fact]
    public async Task UnsupportedExpressionNamesTheExpressionAndTheStepAndWritesNothing()
    {
        var before = await _store.CountsAsync();
        var path = _store.WriteRecipe("script.recipe.json", """
            {
              "name": "script",
              "steps": [
                { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Page", "DisplayName": "Page" } ] },
                { "name": "Content", "data": [ { "ContentItemId": "4page00000000000000000000a", "ContentType": "Page", "CreatedUtc": "[js: new Date().toISOString()]" } ] }
              ]
            }
            """);

        var ex = await Assert.ThrowsAsync<RecipeException>(() => _store.ImportFileAsync(path, null));

        Assert.StartsWith("script.recipe.json: step 2 (Content): unsupported expression '[js: new Date().toISOString()]'", ex.Message, StringComparison.Ordinal);
        Assert.Equal(before, await _store.CountsAsync());
    }

    [Fact]
    public async Task ShippedSetupAndRolesRecipesImport()
    {
        var results = await _store.ImportFilesAsync([RecipeFiles.Setup, RecipeFiles.Roles], null);

        Assert.Equal((10, 4), (results[0].TypesSaved, results[0].PartsSaved));
        Assert.Equal(5, results[1].RolesSaved);
        var audit = await _store.Run(s => s.Definitions.GetTypeAsync("Audit", CancellationToken.None));
        Assert.Equal("Audit", audit!.DisplayName);
        var roles = await _store.Run(s => s.Roles.ListAsync(CancellationToken.None));
        Assert.Equal(["ViewEvidence"], roles.Single(r => r.Name == "Viewer").Permissions);
        Assert.Contains("ViewPersonal", roles.Single(r => r.Name == "QualityLead").Permissions);
    }

    [Fact]
    public async Task PermissionBehaviorAddMergesWithTheStoredRole()
    {
        await _store.ImportFileAsync(RecipeFiles.Roles, null);
        var path = _store.WriteRecipe("add.recipe.json", """
            { "name": "add", "steps": [ { "name": "roles", "Roles": [
              { "Name": "Viewer", "Description": "Reads evidence.", "Permissions": [ "ExportPacks" ], "PermissionBehavior": "Add" },
              { "Name": "Contributor", "Description": "Uploads.", "Permissions": [ "EditEvidence" ], "PermissionBehavior": "Remove" } ] } ] }
            """);

        await _store.ImportFileAsync(path, null);

        var roles = await _store.Run(s => s.Roles.ListAsync(CancellationToken.None));
        Assert.Equal(["ExportPacks", "ViewEvidence"], roles.Single(r => r.Name == "Viewer").Permissions.Order(StringComparer.Ordinal));
        Assert.DoesNotContain("EditEvidence", roles.Single(r => r.Name == "Contributor").Permissions);
        Assert.Contains("UploadEvidence", roles.Single(r => r.Name == "Contributor").Permissions);
    }

    [Fact]
    public async Task ItemDeletedHereStaysDeletedWhenTheRecipeRunsAgain()
    {
        await _store.ImportFileAsync(RecipeFiles.Setup, null);
        await _store.ImportFileAsync(RecipeFiles.FixedIds, null);
        await _store.Run(async s =>
        {
            await s.Content.DeleteAsync("4act0000000000000000000001", CancellationToken.None);
            return true;
        });

        var result = await _store.ImportFileAsync(RecipeFiles.FixedIds, null);

        Assert.Equal((0, 0, 1, 1), (result.ItemsCreated, result.ItemsUpdated, result.ItemsUnchanged, result.DeletedItemsSkipped));
        Assert.Null(await _store.Run(s => s.Content.GetAsync("4act0000000000000000000001", VersionOptions.Latest, CancellationToken.None)));
    }

    [Fact]
    public async Task EveryShippedRecipeImportsTogetherAsSetupWouldApplyThem()
    {
        var files = Directory.GetFiles(Path.Combine(RecipeFiles.RepoRoot, "content-recipes"), "*.recipe.json").Order(StringComparer.Ordinal).ToList();

        var results = await _store.ImportFilesAsync(files, null);

        Assert.Equal(files.Count, results.Count);
        Assert.Contains(results, r => r.RecipeName == "inspection-setup" && r.TypesSaved == 10);
        Assert.Contains(results, r => r.RecipeName == "inspection-roles" && r.RolesSaved == 5);
        Assert.All(results, r => Assert.All(r.StepsSkipped, s => Assert.NotEqual("ContentDefinition", s, StringComparer.OrdinalIgnoreCase)));
    }
}
