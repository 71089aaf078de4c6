using System.Net;
using Inspection.Web.Tests.Infrastructure;

namespace Inspection.Web.Tests;

/// <summary>The accessibility statement is open to anyone and linked from every page; the site has an icon of its own.</summary>
public sealed class AccessibilityStatementTests(SampleSite site) : IClassFixture<SampleSite>
{
    [Fact]
    public async Task TheStatementIsOpenToEveryoneAndLinkedFromEveryPage()
    {
        using var anonymous = WebSession.Anonymous(site.Factory);
        var statement = await anonymous.Client.GetAsync(new Uri("/accessibility", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, statement.StatusCode);
        var text = await statement.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Accessibility statement</h1>", text, StringComparison.Ordinal);
        Assert.Contains("WCAG) version 2.2 at level AA", text, StringComparison.Ordinal);

        var icon = await anonymous.Client.GetAsync(new Uri("/favicon.svg", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        Assert.Equal("image/svg+xml", icon.Content.Headers.ContentType?.MediaType);

        using var viewer = await site.SignInAsync("viewer");
        var page = await viewer.GetPageAsync("/documents");
        Assert.Contains("<a href=\"/accessibility\" class=\"govuk-footer__link\">Accessibility statement</a>", page, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">", page, StringComparison.Ordinal);
    }
}
