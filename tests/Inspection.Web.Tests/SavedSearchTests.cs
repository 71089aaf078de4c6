using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Inspection.Web.Tests.Infrastructure;

namespace Inspection.Web.Tests;

/// <summary>Saved searches: kept per person or shared with the team, each counting the documents added since that person last looked.</summary>
public sealed partial class SavedSearchTests(SampleSite site) : IClassFixture<SampleSite>
{
    [Fact]
    public async Task ASearchSentWithoutANameIsOfferedAgainWithItsNameFieldAndThenSaved()
    {
        using var viewer = await site.SignInAsync("viewer");
        var unnamed = await viewer.PostFormAsync("/searches", new() { ["name"] = " ", ["q"] = "stonechat", ["after"] = "01/09/2025" });
        var page = await unnamed.Content.ReadAsStringAsync();

        // Before: the error summary linked to #name on a page with no such field, and the search was lost.
        Assert.Equal(HttpStatusCode.OK, unnamed.StatusCode);
        Assert.Contains("<a href=\"#name\">Give the search a name</a>", page, StringComparison.Ordinal);
        Assert.Contains("id=\"name\" name=\"name\"", page, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"after\" value=\"01/09/2025\">", page, StringComparison.Ordinal);

        var saved = await viewer.PostFormAsync("/searches", new() { ["name"] = "Stonechat since September", ["q"] = "stonechat", ["after"] = "01/09/2025", ["type"] = "Audit", ["theme"] = "ilacs/children-in-care/permanence" });
        Assert.Equal("/searches?done=saved", saved.Headers.Location!.OriginalString);

        // Its filters in words: the dates were left out, the kind and theme shown by their ids.
        var list = await viewer.GetPageAsync("/searches");
        Assert.Contains("stonechat (kind: Audit) (theme: Permanence: adoption, special guardianship, long-term fostering, reunification) (from 01/09/2025)", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASharedSearchCountsNewDocumentsForEachPersonAsTheyMaySeeThem()
    {
        using var lead = await site.SignInAsync("lead");
        Assert.Contains("Save this search", await lead.GetPageAsync("/?q=wheatear"), StringComparison.Ordinal);
        var saved = await lead.PostFormAsync("/searches", new() { ["name"] = "Wheatear reviews", ["shared"] = "true", ["q"] = "wheatear" });
        Assert.Equal("/searches?done=saved", saved.Headers.Location!.OriginalString);

        using var viewer = await site.SignInAsync("viewer");
        var before = await viewer.GetPageAsync("/searches");
        Assert.Contains("Wheatear reviews", before, StringComparison.Ordinal);
        Assert.Matches("Wheatear reviews.*?<td class=\"number\">none</td>", Flat(before));

        await lead.UploadAndWaitAsync("Official", ("wheatear-review.txt", Encoding.UTF8.GetBytes("Wheatear review\n\nThe wheatear review looked at supervision.\n")));
        await lead.UploadAndWaitAsync("Personal", ("wheatear-case.txt", Encoding.UTF8.GetBytes("Wheatear case\n\nThe wheatear case audit named the child.\n")));
        Assert.Matches("Wheatear reviews.*?<td class=\"number\">1 new document</td>", Flat(await viewer.GetPageAsync("/searches")));
        Assert.Matches("Wheatear reviews.*?<td class=\"number\">2 new documents</td>", Flat(await lead.GetPageAsync("/searches")));

        var id = OpenLink().Match(before).Groups[1].Value;
        var opened = await viewer.Client.GetAsync(new Uri($"/searches?handler=open&id={id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal("/?q=wheatear", opened.Headers.Location!.OriginalString);
        Assert.Matches("Wheatear reviews.*?<td class=\"number\">none</td>", Flat(await viewer.GetPageAsync("/searches")));
        Assert.Matches("Wheatear reviews.*?<td class=\"number\">2 new documents</td>", Flat(await lead.GetPageAsync("/searches")));

        // Only its owner removes it; a private search is seen by its owner alone.
        Assert.DoesNotContain("Remove", Flat(await viewer.GetPageAsync("/searches")).Split("Wheatear reviews")[1].Split("</tr>")[0], StringComparison.Ordinal);
        var refused = await viewer.PostFormAsync("/searches", new() { ["id"] = id }, "delete");
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        await viewer.PostFormAsync("/searches", new() { ["name"] = "My own", ["q"] = "supervision" });
        Assert.DoesNotContain("My own", await lead.GetPageAsync("/searches"), StringComparison.Ordinal);

        var nameless = await lead.PostFormAsync("/searches", new() { ["name"] = " ", ["q"] = "" });
        var page = await nameless.Content.ReadAsStringAsync();
        Assert.Contains("Give the search a name", page, StringComparison.Ordinal);
        Assert.Contains("Search for something before saving it", page, StringComparison.Ordinal);
    }

    private static string Flat(string html) => html.ReplaceLineEndings(" ");

    [GeneratedRegex("handler=open&amp;id=([a-z0-9]+)\">Wheatear reviews")]
    private static partial Regex OpenLink();
}
