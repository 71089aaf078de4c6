using Inspection.Content.Recipes;

namespace Inspection.Content.Tests.Recipes;

public sealed class RecipeReaderTests
{
    [Fact]
    public async Task OrchardExportWithCommentsAndTrailingCommasIsRead()
    {
        var recipe = await RecipeReader.ReadFileAsync(RecipeFiles.BlogExport, CancellationToken.None);

        Assert.Equal("BlogExport", recipe.Name);
        Assert.Equal("Blog export", recipe.DisplayName);
        Assert.Equal("Hilltown Council", recipe.Author);
        Assert.Equal("https://hilltown.example", recipe.Website);
        Assert.Equal("1.0.0", recipe.Version);
        Assert.False(recipe.IsSetupRecipe);
        Assert.Equal(["blog"], recipe.Categories);
        Assert.Equal(["deployment"], recipe.Tags);
        Assert.Equal(["blogContentItemId", "menuContentItemId"], recipe.Variables.Select(v => v.Key));
        Assert.Equal(
            ["feature", "themes", "settings", "lucene-index", "ContentDefinition", "content", "Roles", "layers", "Queries", "media"],
            recipe.Steps.Select(s => s["name"]!.GetValue<string>()));
    }

    [Fact]
    public void MalformedJsonNamesFileLineAndPosition()
    {
        // Line 4 lacks the comma after "version"; the reader meets "issetuprecipe" at its third byte.
        const string json = "{\n  \"name\": \"broken\",\n  \"version\": \"1.0\"\n  \"issetuprecipe\": false\n}";

        var ex = Assert.Throws<RecipeException>(() => RecipeReader.Parse(json, "broken.recipe.json"));

        Assert.StartsWith("broken.recipe.json: invalid JSON at line 4, position 3:", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", ex.Message, StringComparison.Ordinal);
        Assert.IsType<System.Text.Json.JsonException>(ex.InnerException, exactMatch: false);
    }

    [Fact]
    public async Task MalformedFileOnDiskIsNamedByItsFileName()
    {
        var folder = Directory.CreateTempSubdirectory("inspection-recipes-");
        try
        {
            var path = Path.Combine(folder.FullName, "cut-short.recipe.json");
            var text = await File.ReadAllTextAsync(RecipeFiles.Setup);
            await File.WriteAllTextAsync(path, text[..(text.Length / 2)]);

            var ex = await Assert.ThrowsAsync<RecipeException>(() => RecipeReader.ReadFileAsync(path, CancellationToken.None));

            Assert.Matches(@"^cut-short\.recipe\.json: invalid JSON at line \d+, position \d+: ", ex.Message);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void StepWithoutNameIsRejectedWithItsPosition()
    {
        const string json = """{ "name": "x", "steps": [ { "name": "Roles", "Roles": [] }, { "Roles": [] } ] }""";

        var ex = Assert.Throws<RecipeException>(() => RecipeReader.Parse(json, "x.recipe.json"));

        Assert.Equal("x.recipe.json: step 2 must be an object with a 'name'", ex.Message);
    }

    [Fact]
    public void RecipeThatIsNotAnObjectIsRejected()
    {
        var ex = Assert.Throws<RecipeException>(() => RecipeReader.Parse("[1, 2]", "list.recipe.json"));

        Assert.Equal("list.recipe.json: a recipe must be a JSON object", ex.Message);
    }

    [Fact]
    public async Task ShippedRecipesDeclareTheirHeaders()
    {
        var setup = await RecipeReader.ReadFileAsync(RecipeFiles.Setup, CancellationToken.None);
        var roles = await RecipeReader.ReadFileAsync(RecipeFiles.Roles, CancellationToken.None);

        Assert.True(setup.IsSetupRecipe);
        Assert.Equal("inspection-setup", setup.Name);
        Assert.False(roles.IsSetupRecipe);
        Assert.Equal("inspection-roles", roles.Name);
    }
}
