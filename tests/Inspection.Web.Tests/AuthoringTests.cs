using System.Net;
using System.Text.RegularExpressions;
using Inspection.Web.Tests.Infrastructure;

namespace Inspection.Web.Tests;

/// <summary>Evidence written in the app: a form from the type's definition, drafts and publishing, versions compared and restored.</summary>
public sealed partial class AuthoringTests(SampleSite site) : IClassFixture<SampleSite>
{
    [Fact]
    public async Task ALeadWritesAnImpactStatementPublishesEditsComparesVersionsAndRestoresTheFirst()
    {
        using var lead = await site.SignInAsync("lead");
        Assert.Contains("/items/new?type=ImpactStatement", await lead.GetPageAsync("/items/new"), StringComparison.Ordinal);
        var form = await lead.GetPageAsync("/items/new?type=ImpactStatement");
        Assert.Contains("id=\"titlepart-title\"", form, StringComparison.Ordinal);
        Assert.Contains("id=\"markdownbodypart-markdown\"", form, StringComparison.Ordinal);
        Assert.Contains("id=\"evidencepart-documentdate\"", form, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"f:EvidencePart.SourceHash\"", form, StringComparison.Ordinal);

        var created = await lead.PostFormAsync("/items/new?type=ImpactStatement", new()
        {
            ["f:TitlePart.Title"] = "Impact of the kittiwake edge-of-care service",
            ["f:MarkdownBodyPart.Markdown"] = "## What changed\n\nFewer children entered care in the months after the kittiwake service began working with families.",
            ["f:EvidencePart.DocumentDate"] = "01/02/2026",
            ["f:EvidencePart.Organisation"] = "Harrowden Borough Council",
            ["f:EvidencePart.Classification"] = "Official",
            ["f:EvidencePart.Themes"] = "ilacs/help-and-protection",
            ["publish"] = "1",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = DocumentId().Match(created.Headers.Location!.OriginalString).Groups[1].Value;
        Assert.EndsWith("?saved=published", created.Headers.Location!.OriginalString, StringComparison.Ordinal);

        using var viewer = await site.SignInAsync("viewer");
        var hits = await viewer.GetJsonAsync("/api/search?q=kittiwake&type=impact");
        Assert.Equal(1, hits.GetProperty("total").GetInt32());
        Assert.Equal(id, hits.GetProperty("hits")[0].GetProperty("documentId").GetString());
        Assert.Contains("<h2>What changed</h2>", await viewer.GetPageAsync($"/documents/{id}"), StringComparison.Ordinal);

        var edited = await lead.PostFormAsync($"/items/{id}/edit", new()
        {
            ["f:TitlePart.Title"] = "Impact of the kittiwake edge-of-care service",
            ["f:MarkdownBodyPart.Markdown"] = "## What changed\n\nTwenty-three fewer children entered care; the guillemot panel now reviews every referral.",
            ["f:EvidencePart.DocumentDate"] = "01/02/2026",
            ["f:EvidencePart.Classification"] = "Official",
            ["publish"] = "1",
        });
        Assert.EndsWith("?saved=published", edited.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(1, (await viewer.GetJsonAsync("/api/search?q=guillemot")).GetProperty("total").GetInt32());

        var versions = await viewer.GetPageAsync($"/documents/{id}/versions");
        Assert.Contains("2 versions", versions, StringComparison.Ordinal);
        Assert.Matches("<del><span class=\"visually-hidden\">Removed: </span>Fewer children entered care", versions);
        Assert.Matches("<ins><span class=\"visually-hidden\">Added: </span>Twenty-three fewer children", versions);
        Assert.DoesNotContain("Restore version 1", versions, StringComparison.Ordinal);

        var first = VersionIds().Matches(await lead.GetPageAsync($"/documents/{id}/versions")).First().Groups[1].Value;
        var restored = await lead.PostFormAsync($"/documents/{id}/versions", new() { ["versionId"] = first }, "restore");
        Assert.Equal($"/documents/{id}/versions?restored=1", restored.Headers.Location!.OriginalString);
        Assert.Equal(0, (await viewer.GetJsonAsync("/api/search?q=guillemot")).GetProperty("total").GetInt32());
        Assert.Equal(1, (await viewer.GetJsonAsync("/api/search?q=%22months+after+the+kittiwake%22")).GetProperty("total").GetInt32());
        Assert.Contains("3 versions", await viewer.GetPageAsync($"/documents/{id}/versions"), StringComparison.Ordinal);

        var story = await viewer.GetPageAsync($"/documents/{id}");
        Assert.Contains("lead wrote it", story, StringComparison.Ordinal);
        Assert.Contains("lead restored an earlier version", story, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADraftIsNotSearchedUntilPublishedAndWhatIsWrittenCannotCarryScript()
    {
        using var lead = await site.SignInAsync("lead");
        var missing = await lead.PostFormAsync("/items/new?type=SelfEvaluation", new() { ["f:MarkdownBodyPart.Markdown"] = "Some text", ["draft"] = "1" });
        var page = await missing.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Contains("There is a problem", page, StringComparison.Ordinal);
        Assert.Contains("href=\"#titlepart-title\"", page, StringComparison.Ordinal);

        var draft = await lead.PostFormAsync("/items/new?type=SelfEvaluation", new()
        {
            ["f:TitlePart.Title"] = "Self-evaluation draft: the puffin pathway",
            ["f:MarkdownBodyPart.Markdown"] = "The puffin pathway is new.<script>alert('x')</script>\n\n[Click](javascript:alert(1)) and <img src=x onerror=alert(2)>",
            ["f:EvidencePart.Classification"] = "Official",
            ["draft"] = "1",
        });
        var location = draft.Headers.Location!.OriginalString;
        Assert.EndsWith("?saved=draft", location, StringComparison.Ordinal);
        var id = DocumentId().Match(location).Groups[1].Value;
        using var viewer = await site.SignInAsync("viewer");
        Assert.Equal(0, (await viewer.GetJsonAsync("/api/search?q=puffin")).GetProperty("total").GetInt32());

        var shown = await lead.GetPageAsync($"/documents/{id}");
        Assert.Contains("Publish this version", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", shown, StringComparison.Ordinal);
        // The words may be shown as text; never as a link, an image or a handler.
        Assert.DoesNotContain("href=\"javascript:", shown, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", shown, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("The puffin pathway is new.", shown, StringComparison.Ordinal);

        var published = await lead.PostFormAsync($"/documents/{id}", [], "publish");
        Assert.EndsWith("?saved=published", published.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(1, (await viewer.GetJsonAsync("/api/search?q=puffin")).GetProperty("total").GetInt32());

        var contributorOnly = await site.SignInAsync("contributor");
        var refused = await contributorOnly.PostFormAsync("/items/new?type=SelfEvaluation", new()
        {
            ["f:TitlePart.Title"] = "A note", ["f:MarkdownBodyPart.Markdown"] = "Text", ["f:EvidencePart.Classification"] = "Personal", ["publish"] = "1",
        });
        Assert.Contains("Your role may not file evidence as Personal", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        contributorOnly.Dispose();
    }

    [GeneratedRegex("/documents/([a-z0-9]+)")]
    private static partial Regex DocumentId();

    [GeneratedRegex("name=\"versionId\" value=\"([^\"]+)\"")]
    private static partial Regex VersionIds();
}
