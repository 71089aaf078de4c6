using System.Net;
using Inspection.Content.Recipes;
using Inspection.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Web.Tests;

/// <summary>A kind of evidence an administrator adds by recipe works at once: it can be written, filed, listed, counted and labelled, with no code.</summary>
public sealed class RecipeTypeTests(SampleSite site) : IClassFixture<SampleSite>
{
    [Fact]
    public async Task AKindAddedByRecipeIsWrittenListedFiledAndCountedInCoverage()
    {
        await using (var scope = site.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<RecipeImporter>()
                .ImportFileAsync(Path.Combine(AppContext.BaseDirectory, "Canary", "peer-review-type.recipe.json"), null, CancellationToken.None);
        }

        using var lead = await site.SignInAsync("lead");
        Assert.Contains("/items/new?type=PeerReview", await lead.GetPageAsync("/items/new"), StringComparison.Ordinal);
        var created = await lead.PostFormAsync("/items/new?type=PeerReview", new()
        {
            ["f:TitlePart.Title"] = "Peer review of services for care leavers",
            ["f:MarkdownBodyPart.Markdown"] = "Reviewers from a neighbouring authority met care leavers and their personal advisers; care leavers said their pathway plans were written with them.",
            ["f:EvidencePart.DocumentDate"] = "14/10/2026",
            ["f:EvidencePart.Classification"] = "Official",
            ["publish"] = "1",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = created.Headers.Location!.OriginalString.Split('/')[2].Split('?')[0];

        using var viewer = await site.SignInAsync("viewer");
        var page = await viewer.GetPageAsync($"/documents/{id}");
        Assert.Contains("<span class=\"caption\">Peer review</span>", page, StringComparison.Ordinal);
        var listed = await viewer.GetPageAsync("/documents?type=peer");
        Assert.Contains("Peer review of services for care leavers", listed, StringComparison.Ordinal);
        Assert.Contains("<option value=\"PeerReview\" selected=\"selected\">Peer review</option>", listed, StringComparison.Ordinal);

        var coverage = await viewer.GetJsonAsync("/api/coverage/ilacs");
        var careLeavers = coverage.GetProperty("themes").EnumerateArray().Single(t => t.GetProperty("id").GetString() == "ilacs/care-leavers");
        Assert.True(careLeavers.GetProperty("byKind").TryGetProperty("PeerReview", out var count) && count.GetInt32() >= 1, careLeavers.ToString());

        // An existing document can be filed under the new kind too.
        var sample = (await lead.GetJsonAsync("/api/search?q=%22personal+advisers%22&byDocument=true")).GetProperty("hits")[0].GetProperty("documentId").GetString()!;
        using var patch = new HttpRequestMessage(HttpMethod.Patch, new Uri($"/api/documents/{sample}", UriKind.Relative)) { Content = System.Net.Http.Json.JsonContent.Create(new { kind = "peer review" }) };
        Assert.Equal(HttpStatusCode.OK, (await lead.Client.SendAsync(patch)).StatusCode);
        Assert.Equal("PeerReview", (await viewer.GetJsonAsync($"/api/documents/{sample}")).GetProperty("document").GetProperty("type").GetString());
    }
}
