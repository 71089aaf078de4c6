using System.Text.Json.Nodes;

namespace Inspection.Cli.Tests;

public sealed class RecipeCommandTests : IDisposable
{
    private readonly CliRun _cli = new();
    private readonly CliRun _other = new();

    public void Dispose()
    {
        _cli.Dispose();
        _other.Dispose();
    }

    [Fact]
    public async Task ExportThenImportIntoAFreshStoreRoundTripsTypesAndItems()
    {
        await _cli.RunAsync("setup", "--samples");
        var exported = Path.Combine(_cli.DataDirectory, "export.recipe.json");
        Assert.Equal(0, (await _cli.RunAsync("recipe", "export", "--out", exported)).ExitCode);

        await _other.RunAsync("setup");
        var import = await _other.RunAsync("recipe", "import", exported);
        Assert.Equal(0, import.ExitCode);
        var again = Path.Combine(_other.DataDirectory, "again.recipe.json");
        Assert.Equal(0, (await _other.RunAsync("recipe", "export", "--out", again)).ExitCode);

        var first = WithoutShippedFrameworks(JsonNode.Parse(await File.ReadAllTextAsync(exported))!["steps"]!.AsArray());
        var second = WithoutShippedFrameworks(JsonNode.Parse(await File.ReadAllTextAsync(again))!["steps"]!.AsArray());
        Assert.Equal(first.ToJsonString(), second.ToJsonString());
        Assert.Equal(8, first.Single(s => (string?)s!["name"] == "Content")!["data"]!.AsArray().Count);
    }

    [Fact]
    public async Task AMalformedRecipeIsRefusedWithLineAndPositionAndChangesNothing()
    {
        await _cli.RunAsync("setup");
        var before = (await _cli.RunAsync("documents", "--json")).Output;
        var recipe = Path.Combine(_cli.DataDirectory, "broken.recipe.json");
        await File.WriteAllTextAsync(recipe, "{\n  \"name\": \"broken\",\n  \"steps\": [\n    { \"name\": \"Content\", \"data\": [ { \"ContentType\": \"Other\", } ] \n  \n");

        var result = await _cli.RunAsync("recipe", "import", recipe);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("broken.recipe.json", result.Error, StringComparison.Ordinal);
        Assert.Contains("line", result.Error, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, (await _cli.RunAsync("documents", "--json")).Output);
    }

    // Both stores load the shipped frameworks and themes at setup, each at its own time, so their versions differ by
    // timestamp and id; importing leaves identical content alone, as it should. The evidence is what must round-trip.
    private static JsonArray WithoutShippedFrameworks(JsonArray steps)
    {
        foreach (var step in steps)
        {
            if ((string?)step!["name"] == "Content" && step["data"] is JsonArray data)
            {
                foreach (var item in data.Where(i => (string?)i!["ContentType"] is "Framework" or "FrameworkTheme").ToList())
                {
                    data.Remove(item);
                }
            }
        }

        return steps;
    }
}
