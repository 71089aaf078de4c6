using System.Net;
using Inspection.Web.Tests.Infrastructure;

namespace Inspection.Web.Tests;

/// <summary>The PDF view: a search hit in a PDF links to the page it is on, which loads the access-checked original through pdf.js served by the app.</summary>
public sealed class PdfViewTests(SampleSite site) : IClassFixture<SampleSite>
{
    [Fact]
    public async Task ASearchHitLinksToThePdfViewAtItsPageWhichMarksTheWordsAndLoadsTheCheckedOriginal()
    {
        using var viewer = await site.SignInAsync("viewer");
        var results = await viewer.GetPageAsync("/?q=%22return+home+interviews%22");
        var link = System.Text.RegularExpressions.Regex.Match(results, "href=\"(/documents/([^/\"]+)/view\\?page=(\\d+)&amp;words=[^\"]+)\"");
        Assert.True(link.Success, "a PDF hit links to the PDF view at its page");
        var (id, pageNumber) = (link.Groups[2].Value, link.Groups[3].Value);

        var page = await viewer.GetPageAsync(WebUtility.HtmlDecode(link.Groups[1].Value));
        Assert.Contains($"data-src=\"/documents/{id}?handler=original\"", page, StringComparison.Ordinal);
        Assert.Contains($"data-page=\"{pageNumber}\"", page, StringComparison.Ordinal);
        Assert.Contains("src=\"/js/pdf-view.mjs", page, StringComparison.Ordinal);
        Assert.Contains("<mark>return</mark> <mark>home</mark> <mark>interviews</mark>", page, StringComparison.OrdinalIgnoreCase);

        // The library is the app's own copy, with a type a browser runs as a module.
        var library = await viewer.Client.GetAsync(new Uri("/lib/pdfjs/pdf.min.mjs", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, library.StatusCode);
        Assert.Equal("text/javascript", library.Content.Headers.ContentType?.MediaType);

        Assert.Equal(HttpStatusCode.NotFound, (await viewer.Client.GetAsync(new Uri("/documents/no-such-document/view?page=1", UriKind.Relative))).StatusCode);
    }
}
