using System.Text.Json;
using System.Text.Json.Nodes;
using Inspection.Content.Definitions;
using Inspection.Content.Model;
using Inspection.Content.Recipes;

namespace Inspection.Content.Tests.Recipes;

public sealed class RecipeWriterTests
{
    [Fact]
    public async Task WrittenRecipeReadsBackWithItsRecordsUnchanged()
    {
        var source = await RecipeReader.ReadFileAsync(RecipeFiles.BlogExport, CancellationToken.None);
        var definition = source.Steps.Single(s => s["name"]!.GetValue<string>() == "ContentDefinition");
        var types = definition["ContentTypes"]!.AsArray().Select(t => new ContentTypeDefinition(t!["Name"]!.GetValue<string>(), t["DisplayName"]!.GetValue<string>(), t.AsObject())).ToList();
        var parts = definition["ContentParts"]!.AsArray().Select(p => new ContentPartDefinition(p!["Name"]!.GetValue<string>(), p.AsObject())).ToList();
        var item = new ContentItem
        {
            ContentItemId = "4b1z7t6w3y0qk2j8h5m9c1d4fa",
            ContentItemVersionId = "4b1z7t6w3y0qk2j8h5m9c1d4fb",
            ContentType = "BlogPost",
            DisplayText = "Children's voices in plans",
            Latest = true,
            Published = true,
            CreatedUtc = new DateTime(2023, 4, 28, 8, 30, 0, DateTimeKind.Unspecified),
            Content = new JsonObject { ["SeoMetaPart"] = new JsonObject { ["PageTitle"] = null, ["Render"] = true } },
        };
        var role = new RoleDefinition("Editor", "Editor role", ["EditContent", "ViewContent"]);

        var recipe = RecipeWriter.Build(new RecipeExportOptions { Name = "roundtrip", Tags = ["export"] }, types, parts, [item], [role]);
        var text = RecipeWriter.ToJsonString(recipe);
        var read = RecipeReader.Parse(text, "roundtrip.recipe.json");

        Assert.Equal("roundtrip", read.Name);
        Assert.False(read.IsSetupRecipe);
        Assert.Equal(["export"], read.Tags);
        Assert.Equal(["ContentDefinition", "Content", "Roles"], read.Steps.Select(s => s["name"]!.GetValue<string>()));
        Assert.True(JsonNode.DeepEquals(definition["ContentTypes"], read.Steps[0]["ContentTypes"]));
        Assert.True(JsonNode.DeepEquals(definition["ContentParts"], read.Steps[0]["ContentParts"]));

        var written = read.Steps[1]["data"]![0]!.AsObject();
        Assert.Equal("Children's voices in plans", written["DisplayText"]!.GetValue<string>());
        Assert.Equal("2023-04-28T08:30:00Z", written["CreatedUtc"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(item.Content["SeoMetaPart"], written["SeoMetaPart"]));
        Assert.Contains("Children's voices", text, StringComparison.Ordinal);

        var writtenRole = read.Steps[2]["Roles"]![0]!;
        Assert.Equal("Editor", writtenRole["Name"]!.GetValue<string>());
        Assert.Equal(["EditContent", "ViewContent"], writtenRole["Permissions"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Equal("ContentItemId", written.First().Key);
        Assert.Equal(JsonValueKind.Object, written["SeoMetaPart"]!.GetValueKind());
    }
}
