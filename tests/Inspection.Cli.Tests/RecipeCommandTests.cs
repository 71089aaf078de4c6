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

        // A fresh store: no setup, so everything it holds comes from the exported recipe.
        var import = await _other.RunAsync("recipe", "import", exported);
        Assert.Equal(0, import.ExitCode);
        var again = Path.Combine(_other.DataDirectory, "again.recipe.json");
        Assert.Equal(0, (await _other.RunAsync("recipe", "export", "--out", again)).ExitCode);

        var first = JsonNode.Parse(await File.ReadAllTextAsync(exported))!["steps"]!.AsArray();
        var second = JsonNode.Parse(await File.ReadAllTextAsync(again))!["steps"]!.AsArray();
        Assert.Equal(first.ToJsonString(), second.ToJsonString());
        var items = first.Single(s => (string?)s!["name"] == "Content")!["data"]!.AsArray();
        Assert.Equal(8, items.Count(i => i!["EvidencePart"] is not null));
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

    [Fact]
    public async Task AnItemOfATypeNothingDefinesIsRefusedNamingItAndNoItemOfTheRecipeIsImported()
    {
        await _cli.RunAsync("setup");
        var recipe = Path.Combine(_cli.DataDirectory, "misspelt.recipe.json");
        await File.WriteAllTextAsync(recipe, """
            { "name": "misspelt", "steps": [ { "name": "Content", "data": [
              { "ContentItemId": "4ks0vz6k3r9a8x1m2n5p7q0w1e", "ContentType": "Other", "DisplayText": "Plain note", "Latest": true, "Published": true },
              { "ContentItemId": "4ks0vz6k3r9a8x1m2n5p7q0w2f", "ContentType": "SelfEvaluaton", "DisplayText": "Misspelt", "Latest": true, "Published": true }
            ] } ] }
            """);

        var result = await _cli.RunAsync("recipe", "import", recipe);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("misspelt.recipe.json: step 1 (Content): data[1] has the content type 'SelfEvaluaton'", result.Error, StringComparison.Ordinal);
        Assert.Contains("SelfEvaluation", result.Error, StringComparison.Ordinal);
        var export = Path.Combine(_cli.DataDirectory, "after.recipe.json");
        Assert.Equal(0, (await _cli.RunAsync("recipe", "export", "--out", export)).ExitCode);
        Assert.DoesNotContain("4ks0vz6k3r9a8x1m2n5p7q0w1e", await File.ReadAllTextAsync(export), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecipesNeedAnAdministratorUnderAsAndAnImportIsAudited()
    {
        await _cli.RunAsync("setup", "--samples");
        Assert.Equal(0, (await _cli.RunWithInputAsync("a long test passphrase\n", "users", "add", "vera", "--role", "Viewer")).ExitCode);
        var recipe = Path.Combine(_cli.DataDirectory, "roles.recipe.json");
        await File.WriteAllTextAsync(recipe, """
            { "name": "wider-viewer", "steps": [ { "name": "Roles", "Roles": [ { "Name": "Viewer", "Permissions": ["ViewEvidence", "ViewPersonal"] } ] } ] }
            """);
        var exported = Path.Combine(_cli.DataDirectory, "everything.recipe.json");

        var import = await _cli.RunAsync("--as", "vera", "recipe", "import", recipe);
        var export = await _cli.RunAsync("--as", "vera", "recipe", "export", "--out", exported);

        Assert.Equal(2, import.ExitCode);
        Assert.Contains("your role may not import recipes", import.Error, StringComparison.Ordinal);
        Assert.Equal(2, export.ExitCode);
        Assert.Contains("your role may not export recipes", export.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(exported));
        Assert.Equal(0, (await _cli.RunAsync("recipe", "export", "--out", exported)).ExitCode);
        var roles = JsonNode.Parse(await File.ReadAllTextAsync(exported))!["steps"]!.AsArray().Single(s => (string?)s!["name"] == "Roles")!["Roles"]!.AsArray();
        Assert.Equal(["ViewEvidence"], roles.Single(r => (string?)r!["Name"] == "Viewer")!["Permissions"]!.AsArray().Select(p => (string?)p));

        Assert.Equal(0, (await _cli.RunAsync("recipe", "import", recipe)).ExitCode);
        var audit = (await _cli.RunAsync("audit", "--max", "5", "--json")).Json().EnumerateArray().ToList();
        Assert.Equal("recipe-imported", audit[0].GetProperty("action").GetString());
        Assert.StartsWith("roles.recipe.json (wider-viewer): 0 type(s), 0 part(s), 1 role(s)", audit[0].GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, audit.Count(a => a.GetProperty("action").GetString() is "denied"));
    }

    [Fact]
    public async Task RebuildingTheIndexNeedsAnAdministratorUnderAsAndIsAudited()
    {
        await _cli.RunAsync("setup", "--samples");
        Assert.Equal(0, (await _cli.RunWithInputAsync("a long test passphrase\n", "users", "add", "vera", "--role", "Viewer")).ExitCode);

        var refused = await _cli.RunAsync("--as", "vera", "reindex");
        var rebuilt = await _cli.RunAsync("reindex", "--json");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("your role may not rebuild the search index", refused.Error, StringComparison.Ordinal);
        Assert.Equal(0, rebuilt.ExitCode);
        var audit = (await _cli.RunAsync("audit", "--max", "5", "--json")).Json().EnumerateArray().ToList();
        Assert.Equal("index-rebuilt", audit[0].GetProperty("action").GetString());
        Assert.Equal(rebuilt.Json().GetProperty("passages").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture) + " passage(s)", audit[0].GetProperty("detail").GetString()!.Split(", ")[1]);
        Assert.Contains(audit, a => a.GetProperty("action").GetString() is "denied");
    }

    [Fact]
    public async Task ALargeRecipeSaysHowFarItHasGotAndASmallOneStaysQuiet()
    {
        await _cli.RunAsync("setup");
        var items = string.Join(",\n", Enumerable.Range(0, 1250).Select(i => string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $$"""{ "ContentItemId": "4bulk{{i:D20}}", "ContentType": "Other", "DisplayText": "Note {{i}}" }""")));
        var large = Path.Combine(_cli.DataDirectory, "bulk.recipe.json");
        await File.WriteAllTextAsync(large, "{ \"name\": \"bulk\", \"steps\": [ { \"name\": \"Content\", \"data\": [\n" + items + "\n] } ] }");
        var small = Path.Combine(_cli.DataDirectory, "small.recipe.json");
        await File.WriteAllTextAsync(small, """{ "name": "small", "steps": [ { "name": "Content", "data": [ { "ContentItemId": "4small0000000000000000001", "ContentType": "Other", "DisplayText": "One note" } ] } ] }""");

        var bulk = await _cli.RunAsync("recipe", "import", large);
        var one = await _cli.RunAsync("recipe", "import", small);

        Assert.Equal(0, bulk.ExitCode);
        var lines = bulk.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(["[200/1250] items of bulk.recipe.json saved", "[400/1250] items of bulk.recipe.json saved"], lines[..2]);
        Assert.Contains("[1250/1250] items of bulk.recipe.json saved", lines);
        Assert.StartsWith("bulk: 0 type(s), 0 part(s), 0 role(s); items 1250 created", lines[^1], StringComparison.Ordinal);
        Assert.Equal(0, one.ExitCode);
        Assert.DoesNotContain("saved", one.Output, StringComparison.Ordinal);
    }
}
