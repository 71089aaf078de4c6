using System.Net;
using System.Text.RegularExpressions;
using Inspection.Web.Tests.Infrastructure;

namespace Inspection.Web.Tests;

/// <summary>
/// GOV.UK Frontend and MoJ Frontend come from the app itself (restored and built into wwwroot/lib/govuk), never a CDN,
/// in Arial rather than GOV.UK's own typeface, and are there for the set-up page before anyone has signed in.
/// </summary>
public sealed partial class FrontEndTests
{
    [Fact]
    public async Task TheKitIsServedByTheAppWithEveryImageItNamesAndWithoutGovUksTypeface()
    {
        await using var factory = new EmptySiteFactory();
        using var anonymous = WebSession.Anonymous(factory);

        // Before the first administrator exists every page leads to set-up, which must still be styled.
        var setup = await anonymous.GetPageAsync("/account/setup");
        Assert.Contains("<link rel=\"stylesheet\" href=\"/lib/govuk/frontend.css?v=", setup, StringComparison.Ordinal);
        Assert.Contains("<body class=\"govuk-template__body\">", setup, StringComparison.Ordinal);
        Assert.Contains("<script type=\"module\" src=\"/js/govuk-init.mjs?v=", setup, StringComparison.Ordinal);
        Assert.DoesNotContain("GOV.UK", setup, StringComparison.Ordinal);

        var css = await anonymous.Client.GetAsync(new Uri("/lib/govuk/frontend.css", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        var styles = await css.Content.ReadAsStringAsync();
        Assert.Contains(".govuk-button{", styles, StringComparison.Ordinal);
        Assert.Contains(".moj-filter-layout", styles, StringComparison.Ordinal);
        Assert.Contains(".moj-timeline", styles, StringComparison.Ordinal);
        Assert.DoesNotContain("GDS Transport", styles, StringComparison.Ordinal);
        Assert.DoesNotContain("@font-face", styles, StringComparison.Ordinal);

        var images = ImageUrl().Matches(styles).Select(m => m.Groups["path"].Value).Distinct(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(images);
        foreach (var image in images)
        {
            var response = await anonymous.Client.GetAsync(new Uri(image, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{image}: {response.StatusCode}");
        }

        var script = await anonymous.Client.GetAsync(new Uri("/lib/govuk/govuk-frontend.min.js", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Contains("initAll", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private sealed class EmptySiteFactory() : InspectionWebFactory(TempFolder.Create("front-end"), loadSamples: false);

    [GeneratedRegex("""url\("?(?<path>/lib/govuk/[^")]+)"?\)""")]
    private static partial Regex ImageUrl();
}
