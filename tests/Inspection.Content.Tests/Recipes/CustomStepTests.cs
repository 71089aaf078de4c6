using Inspection.Content.Recipes;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Content.Tests.Recipes;

public sealed class CustomStepTests : IAsyncLifetime
{
    private readonly RecipeTestStore _store = new(services => services.AddRecipeStep<GlossaryStepHandler>());

    public Task InitializeAsync() => _store.InitializeAsync();

    public Task DisposeAsync() => _store.CloseAsync();

    [Fact]
    public async Task StepAddedByAnotherLibraryRunsWithItsExpressionsEvaluated()
    {
        var path = _store.WriteRecipe("glossary.recipe.json", """
            {
              "name": "glossary",
              "variables": { "source": "[js: parameters('Source')]" },
              "steps": [
                { "name": "glossary", "Source": "[js: variables('source')]", "Terms": [ { "Term": "EHCP", "Means": "education, health and care plan" }, { "Term": "LAC", "Means": "looked after children" } ] },
                { "name": "settings", "SiteName": "[js: something.else()]" }
              ]
            }
            """);

        var result = await _store.ImportFileAsync(path, new Dictionary<string, string>(StringComparer.Ordinal) { ["Source"] = "sector" });

        Assert.Equal(["glossary"], result.StepsApplied);
        Assert.Equal(["settings"], result.StepsSkipped);
        Assert.Equal(2, result.OtherCounts["sector terms"]);
    }

    private sealed class GlossaryStepHandler : IRecipeStepHandler
    {
        public string StepName => "Glossary";

        public Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
        {
            var terms = context.Property("Terms") as System.Text.Json.Nodes.JsonArray ?? throw context.Fail("'Terms' must be an array");
            context.Tally.Count(context.Step["Source"]!.GetValue<string>() + " terms", terms.Count);
            return Task.CompletedTask;
        }
    }
}
