using System.Text.Json.Nodes;
using Inspection.Content.Recipes;

namespace Inspection.Content.Tests.Recipes;

public sealed class RecipeExpressionsTests
{
    private static RecipeDescriptor Recipe(string json) => RecipeReader.Parse(json, "test.recipe.json");

    [Fact]
    public void UuidVariableIsEvaluatedOnceAndReusedEverywhere()
    {
        var recipe = Recipe("""
            { "name": "t", "variables": { "id": "[js:uuid()]", "other": "[js: uuid() ]" },
              "steps": [ { "name": "Content", "data": [ { "ContentItemId": "[js: variables('id')]", "ContainedPart": { "ListContentItemId": "[js:variables(\"id\")]" } } ] } ] }
            """);
        var expressions = RecipeExpressions.Create(recipe, null);

        var step = expressions.Evaluate(recipe.Steps[0], "step 1")!;

        var id = expressions.GetVariable("id")!.GetValue<string>();
        Assert.Matches("^[0-9a-hjkmnp-tv-z]{26}$", id);
        Assert.NotEqual(id, expressions.GetVariable("other")!.GetValue<string>());
        Assert.Equal(id, step["data"]![0]!["ContentItemId"]!.GetValue<string>());
        Assert.Equal(id, step["data"]![0]!["ContainedPart"]!["ListContentItemId"]!.GetValue<string>());
        Assert.Equal("[js: variables('id')]", recipe.Steps[0]["data"]![0]!["ContentItemId"]!.GetValue<string>());
    }

    [Fact]
    public void EachImportMakesFreshIds()
    {
        var recipe = Recipe("""{ "name": "t", "variables": { "id": "[js:uuid()]" } }""");

        var first = RecipeExpressions.Create(recipe, null).GetVariable("id")!.GetValue<string>();
        var second = RecipeExpressions.Create(recipe, null).GetVariable("id")!.GetValue<string>();

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void ParametersAreReplacedWithQuotesAndSpacingTolerated()
    {
        var recipe = Recipe("""{ "name": "t", "steps": [ { "name": "Roles", "a": "[js: parameters('AdminUsername')]", "b": "[js:parameters(\"AdminUsername\")]", "c": "[js:  parameters( 'AdminUsername' ) ]" } ] }""");
        var expressions = RecipeExpressions.Create(recipe, new Dictionary<string, string>(StringComparer.Ordinal) { ["AdminUsername"] = "admin" });

        var step = expressions.Evaluate(recipe.Steps[0], "step 1")!;

        Assert.Equal("admin", step["a"]!.GetValue<string>());
        Assert.Equal("admin", step["b"]!.GetValue<string>());
        Assert.Equal("admin", step["c"]!.GetValue<string>());
    }

    [Fact]
    public void OnlyWholeStringExpressionsAreReplaced()
    {
        var recipe = Recipe("""{ "name": "t", "variables": { "id": "[js:uuid()]" }, "steps": [ { "name": "Content", "Text": "see [js: variables('id')] here", "Number": 3 } ] }""");
        var expressions = RecipeExpressions.Create(recipe, null);

        var step = expressions.Evaluate(recipe.Steps[0], "step 1")!;

        Assert.Equal("see [js: variables('id')] here", step["Text"]!.GetValue<string>());
        Assert.Equal(3, step["Number"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("[js: new Date().toISOString()]")]
    [InlineData("[js: base64('SGVsbG8=')]")]
    [InlineData("[file: text('content/intro.md')]")]
    public void UnsupportedExpressionIsNamedWithItsStep(string expression)
    {
        var recipe = Recipe($$"""{ "name": "t", "steps": [ { "name": "Content", "data": [ { "ContentType": "Page", "Body": {{JsonValue.Create(expression)!.ToJsonString()}} } ] } ] }""");
        var expressions = RecipeExpressions.Create(recipe, null);

        var ex = Assert.Throws<RecipeException>(() => expressions.Evaluate(recipe.Steps[0], "test.recipe.json: step 1 (Content)"));

        Assert.StartsWith($"test.recipe.json: step 1 (Content): unsupported expression '{expression}'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnsupportedExpressionInVariablesIsNamedWithTheVariable()
    {
        var recipe = Recipe("""{ "name": "t", "variables": { "now": "[js: new Date().toISOString()]" } }""");

        var ex = Assert.Throws<RecipeException>(() => RecipeExpressions.Create(recipe, null));

        Assert.StartsWith("test.recipe.json: variable 'now': unsupported expression '[js: new Date().toISOString()]'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingParameterAndUndefinedVariableAreNamed()
    {
        var recipe = Recipe("""{ "name": "t", "steps": [ { "name": "Roles", "a": "[js: parameters('AdminUsername')]" }, { "name": "Roles", "b": "[js: variables('nope')]" } ] }""");
        var expressions = RecipeExpressions.Create(recipe, null);

        var missing = Assert.Throws<RecipeException>(() => expressions.Evaluate(recipe.Steps[0], "step 1 (Roles)"));
        var undefined = Assert.Throws<RecipeException>(() => expressions.Evaluate(recipe.Steps[1], "step 2 (Roles)"));

        Assert.Contains("needs the parameter 'AdminUsername'", missing.Message, StringComparison.Ordinal);
        Assert.StartsWith("step 2 (Roles): expression '[js: variables('nope')]' uses the variable 'nope'", undefined.Message, StringComparison.Ordinal);
    }
}
