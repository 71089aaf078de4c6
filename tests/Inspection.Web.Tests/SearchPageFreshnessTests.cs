using Inspection.Content.Recipes;
using Inspection.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Web.Tests;

/// <summary>
/// The search page keeps the frameworks, kinds of evidence and the site settings between requests rather than reading
/// the store each time; what a recipe import or an edit changes still shows on the very next request.
/// </summary>
public sealed class SearchPageFreshnessTests(SampleSite site) : IClassFixture<SampleSite>
{
    [Fact]
    public async Task AFrameworkAndAKindImportedByRecipeShowOnTheNextSearchPage()
    {
        using var viewer = await site.SignInAsync("viewer");
        var before = await viewer.GetPageAsync("/?q=children");
        Assert.DoesNotContain("Peer review", before, StringComparison.Ordinal);
        Assert.DoesNotContain("Regional peer challenge", before, StringComparison.Ordinal);

        var recipe = Path.Combine(site.Factory.DataDirectory, "peer-challenge.recipe.json");
        await File.WriteAllTextAsync(recipe, """
            {
              "name": "peer-challenge", "displayName": "Test: a framework added by recipe", "description": "", "author": "Inspection tests",
              "website": "", "version": "1.0.0", "issetuprecipe": false, "categories": [ "tests" ], "tags": [ "frameworks" ],
              "steps": [ { "name": "Frameworks", "Frameworks": [ {
                "Id": "peer-challenge", "Title": "Regional peer challenge", "Description": "A sector-led review.",
                "Themes": [ { "Id": "peer-challenge/practice", "Title": "Quality of practice seen by peers", "Criteria": "Peers see good practice.",
                              "KeyPhrases": [ { "Text": "practice", "Weight": 1 } ], "Query": null } ] } ] } ]
            }
            """);
        await using (var scope = site.Factory.Services.CreateAsyncScope())
        {
            var importer = scope.ServiceProvider.GetRequiredService<RecipeImporter>();
            await importer.ImportFileAsync(recipe, null, CancellationToken.None);
            await importer.ImportFileAsync(Path.Combine(AppContext.BaseDirectory, "Canary", "peer-review-type.recipe.json"), null, CancellationToken.None);
        }

        var after = await viewer.GetPageAsync("/?q=children");
        Assert.Contains("<optgroup label=\"Regional peer challenge\">", after, StringComparison.Ordinal);
        Assert.Contains("Quality of practice seen by peers</option>", after, StringComparison.Ordinal);
        Assert.Contains("<option value=\"PeerReview\">Peer review</option>", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheAuthorityBannerGoesAsSoonAsTheAuthorityIsSet()
    {
        using var admin = await site.SignInAsync("admin");
        var asked = await admin.GetPageAsync("/?q=children");
        var banner = "does not know which authority it serves yet";
        if (!asked.Contains(banner, StringComparison.Ordinal))
        {
            // Another test of this class set it first: clear it, and the banner comes back at once.
            await SetAuthorityAsync(null);
            Assert.Contains(banner, await admin.GetPageAsync("/?q=children"), StringComparison.Ordinal);
        }

        await SetAuthorityAsync("Harrowden Borough Council");
        Assert.DoesNotContain(banner, await admin.GetPageAsync("/?q=children"), StringComparison.Ordinal);
        await SetAuthorityAsync(null);
        Assert.Contains(banner, await admin.GetPageAsync("/?q=children"), StringComparison.Ordinal);
    }

    private async Task SetAuthorityAsync(string? name)
    {
        await using var scope = site.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Inspection.Application.Settings.AuthoritySettings>()
            .SetAsync(name, Inspection.Readiness.Access.Caller.Operator("admin"), CancellationToken.None);
    }
}
