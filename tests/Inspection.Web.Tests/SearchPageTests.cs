using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Inspection.Web.Tests.Infrastructure;

namespace Inspection.Web.Tests;

/// <summary>The search page and API over the sample evidence, as staff use them.</summary>
public sealed class SearchPageTests(SampleSite site) : IClassFixture<SampleSite>
{
    [Fact]
    public async Task SearchPageFindsTheThematicAuditWithHighlightsAndUkDates()
    {
        using var viewer = await site.SignInAsync("viewer");
        var page = await viewer.GetPageAsync("/?q=%22return+home+interviews%22");
        Assert.Contains("Thematic audit: return home interviews", page, StringComparison.Ordinal);
        Assert.Contains("<mark>", page, StringComparison.Ordinal);
        Assert.Contains("29 August 2025", page, StringComparison.Ordinal);
        Assert.Matches(@"<h2 id=""results-heading"">\d+ passages found</h2>", page);
    }

    [Fact]
    public async Task AnAcronymFindsItsLongFormThroughTheApi()
    {
        using var viewer = await site.SignInAsync("viewer");
        var results = await viewer.GetJsonAsync("/api/search?q=LAC");
        Assert.True(results.GetProperty("total").GetInt32() > 0);
        var texts = results.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("text").GetString()!).ToList();
        Assert.Contains(texts, t => t.Contains("children in care", StringComparison.OrdinalIgnoreCase) || t.Contains("looked after", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task TheApiSaysWhetherItsTotalIsExact()
    {
        using var viewer = await site.SignInAsync("viewer");
        var results = await viewer.GetJsonAsync("/api/search?q=children");
        var exact = await viewer.GetJsonAsync("/api/search?q=children&facets=true");

        // The sample evidence has far fewer than 1,000 passages, so even the fast path counts them all.
        Assert.False(results.GetProperty("totalIsLowerBound").GetBoolean());
        Assert.Equal(exact.GetProperty("total").GetInt32(), results.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData(1, false, "1 passage")]
    [InlineData(1250, false, "1,250 passages")]
    [InlineData(1000, true, "More than 1,000 passages")]
    public void CountsSayMoreThanWhenTheSearchStoppedCounting(int total, bool atLeast, string expected) =>
        Assert.Equal(expected, Inspection.Web.Evidence.DisplayText.Count(total, atLeast, "passage", "passages"));

    [Fact]
    public async Task APassageOfAnOfstedLetterInAnAgendaPackIsLabelledAsTheLetterInThePack()
    {
        var labels = site.Factory.Services.GetRequiredService<Inspection.Web.Evidence.KindLabels>();

        // The names come from the content definitions the recipes made, not from a list in code.
        Assert.Equal("Inspection letter, in a committee report", await labels.PassageAsync("CommitteeReport", "InspectionLetter"));
        Assert.Equal("Committee report", await labels.PassageAsync("CommitteeReport", null));
        Assert.Equal("Inspection letter", await labels.PassageAsync("InspectionLetter", "InspectionLetter"));
    }

    [Fact]
    public async Task KindFilterKeepsOnlyThatKind()
    {
        using var viewer = await site.SignInAsync("viewer");
        var results = await viewer.GetJsonAsync("/api/search?q=children&type=InspectionLetter");
        var kinds = results.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("kind").GetString()).Distinct().ToList();
        Assert.Equal(["InspectionLetter"], kinds);
    }

    [Fact]
    public async Task ThemeSearchUsesTheThemesSavedQuery()
    {
        using var viewer = await site.SignInAsync("viewer");
        var page = await viewer.GetPageAsync("/?theme=ilacs");
        Assert.Matches(@"[1-9][\d,]* passages found", page);
    }

    [Fact]
    public async Task APageAfterTheLastSaysSoAndLinksBackToTheResults()
    {
        using var viewer = await site.SignInAsync("viewer");
        var first = await viewer.GetPageAsync("/?q=supervision");
        Assert.Matches(@"[1-9]\d* passages found", first);
        Assert.DoesNotContain("rel=\"next\"", first, StringComparison.Ordinal);

        // Before: the count, then an empty list and no way on.
        var beyond = await viewer.GetPageAsync("/?q=supervision&page=7");
        Assert.Contains("There is no page 7: the results fit on 1 page.", beyond, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/?q=supervision\">Go to the results</a>", beyond, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMalformedDateIsReportedOnTheFieldAndAs400FromTheApi()
    {
        using var viewer = await site.SignInAsync("viewer");
        var page = await viewer.GetPageAsync("/?q=audit&after=31%2F02%2F2024");
        Assert.Contains("There is a problem", page, StringComparison.Ordinal);
        // Before: "Enter the start date as a date, like 31/03/2024", to someone who had typed one.
        Assert.Contains("31/02/2024 is not a real date: February 2024 has 29 days", page, StringComparison.Ordinal);
        Assert.DoesNotContain("results-heading", page, StringComparison.Ordinal);
        var monthFirst = await viewer.GetPageAsync("/?q=audit&before=12%2F31%2F2025");
        Assert.Contains("12/31/2025 has no month 31: type the end date with the day first, like 31/03/2024", monthFirst, StringComparison.Ordinal);
        Assert.Contains("Enter the start date as a date, like 31/03/2024", await viewer.GetPageAsync("/?q=audit&after=last+spring"), StringComparison.Ordinal);

        var api = await viewer.Client.GetAsync(new Uri("/api/search?q=audit&before=next+tuesday", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Contains("\"Before\"", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // A kind no definition names is the caller's mistake too, said as the CLI's --type says it; an alias is taken.
        var kind = await viewer.Client.GetAsync(new Uri("/api/search?q=audit&type=nosuch", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, kind.StatusCode);
        Assert.Contains("'nosuch' is not a kind of evidence: the kinds are", await kind.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await viewer.Client.GetAsync(new Uri("/api/search?q=audit&type=letter", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task UkDatesAreAcceptedInTheDateFilters()
    {
        using var viewer = await site.SignInAsync("viewer");
        var all = await viewer.GetJsonAsync("/api/search?q=children");
        var since = await viewer.GetJsonAsync("/api/search?q=children&after=01%2F01%2F2026");
        Assert.True(since.GetProperty("total").GetInt32() < all.GetProperty("total").GetInt32());
        Assert.All(since.GetProperty("hits").EnumerateArray(), h => Assert.True(string.CompareOrdinal(h.GetProperty("date").GetString(), "2026-01-01") >= 0));
    }

    [Fact]
    public async Task DatesInWordsAndInTheQueryAndAThemeWithoutItsFrameworkAreReadTheSameWay()
    {
        using var viewer = await site.SignInAsync("viewer");
        var form = await viewer.GetJsonAsync("/api/search?q=children&after=01%2F01%2F2026");
        var words = await viewer.GetJsonAsync("/api/search?q=children&after=1+January+2026");
        var typed = await viewer.GetJsonAsync("/api/search?q=children+after%3A01%2F01%2F2026");
        Assert.Equal(form.GetProperty("total").GetInt32(), words.GetProperty("total").GetInt32());
        Assert.Equal(form.GetProperty("total").GetInt32(), typed.GetProperty("total").GetInt32());

        var page = await viewer.GetPageAsync("/?q=placements+theme%3Acare-leavers");
        Assert.Contains("was read as ilacs/care-leavers", page, StringComparison.Ordinal);
        Assert.Matches(@"[1-9][\d,]* passages? found", page);
        var unknown = await viewer.GetPageAsync("/?q=placements+theme%3Anonsense");
        Assert.Contains("No framework has a theme", unknown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("%22unclosed phrase")]
    [InlineData("((((")]
    [InlineData("-")]
    [InlineData("OR OR AND")]
    [InlineData("%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    public async Task OddQueriesNeverFailThePage(string query)
    {
        using var viewer = await site.SignInAsync("viewer");
        var page = await viewer.GetPageAsync($"/?q={query}");
        // "N passages found", or, when only meaning finds anything, "Passages close in meaning to your words".
        Assert.Matches(@"<h2 id=""results-heading"">(\d+ passages? found|Passages close in meaning to your words)</h2>", page);
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CoverageFindingsAndBriefingPagesShowTheSampleEvidence()
    {
        using var lead = await site.SignInAsync("lead");
        var coverage = await lead.GetPageAsync("/coverage?framework=ilacs");
        Assert.Contains("Evidence by theme", coverage, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">", coverage, StringComparison.Ordinal);

        var findings = await lead.GetPageAsync("/findings");
        Assert.Contains("The quality of plans for children in need", findings, StringComparison.Ordinal);
        Assert.Contains("Save status", findings, StringComparison.Ordinal);

        var briefing = await lead.GetPageAsync("/briefing?theme=ilacs");
        Assert.Contains("Open the printable briefing", briefing, StringComparison.Ordinal);
        var printable = await lead.GetPageAsync("/briefing?handler=print&theme=ilacs");
        Assert.StartsWith("<!DOCTYPE html>", printable, StringComparison.Ordinal);
        Assert.Contains("Visit briefing:", printable, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await lead.Client.GetAsync(new Uri("/coverage?framework=no-such-framework", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task ALeadMovesAFindingOnAndTheChangeShows()
    {
        using var lead = await site.SignInAsync("lead");
        var findings = await lead.GetJsonAsync("/api/findings");
        var id = findings.EnumerateArray().First().GetProperty("finding").GetProperty("findingId").GetString()!;
        var response = await lead.PostFormAsync("/findings", new() { ["findingId"] = id, ["status"] = "in-progress" }, "status");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/findings#finding-{id}", response.Headers.Location!.OriginalString);
        Assert.Contains("Status changed to in progress", await lead.GetPageAsync("/findings"), StringComparison.Ordinal);
        var after = await lead.GetJsonAsync("/api/findings?status=in-progress");
        Assert.Contains(after.EnumerateArray(), f => f.GetProperty("finding").GetProperty("findingId").GetString() == id);

        using var viewer = await site.SignInAsync("viewer");
        var refused = await viewer.PostFormAsync("/findings", new() { ["findingId"] = id, ["status"] = "closed" }, "status");
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
    }

    [Fact]
    public async Task NewestFirstOrdersByDateAndAYearLinkNarrowsToThatYear()
    {
        using var viewer = await site.SignInAsync("viewer");
        var newest = await viewer.GetJsonAsync("/api/search?q=children&sort=newest");
        var dates = newest.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("date").GetString()!).ToList();
        Assert.True(dates.Count > 1);
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);

        var page = await viewer.GetPageAsync("/?q=children&counts=true");
        Assert.Contains("after=01%2F01%2F2025&amp;before=01%2F01%2F2026", page, StringComparison.Ordinal);
        var year = await viewer.GetJsonAsync("/api/search?q=children&after=01%2F01%2F2025&before=01%2F01%2F2026");
        Assert.All(year.GetProperty("hits").EnumerateArray(), h => Assert.StartsWith("2025-", h.GetProperty("date").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task NextPageShowsOtherHitsAndTheLastPageIsReachable()
    {
        using var viewer = await site.SignInAsync("viewer");
        var first = await viewer.GetPageAsync("/?q=children");
        var pages = PageCount(first);
        Assert.True(pages > 2, "the sample evidence should give more than two pages of 'children'");
        Assert.Contains("href=\"/?q=children&amp;page=2\"", first, StringComparison.Ordinal);

        var second = await viewer.GetPageAsync("/?q=children&page=2");
        Assert.Contains($"Page 2 of {pages}", second, StringComparison.Ordinal);
        Assert.Contains("start=\"21\"", second, StringComparison.Ordinal);
        Assert.Empty(HitLinks(first).Intersect(HitLinks(second), StringComparer.Ordinal));

        var last = await viewer.GetPageAsync($"/?q=children&page={pages}");
        Assert.Contains($"Page {pages} of {pages}", last, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"next\"", last, StringComparison.Ordinal);
        Assert.NotEmpty(HitLinks(last));
    }

    [Fact]
    public async Task AThemeLinkFromCoverageCanBePagedPastTheFirstTwenty()
    {
        using var viewer = await site.SignInAsync("viewer");
        var first = await viewer.GetPageAsync("/?theme=ilacs");
        var pages = PageCount(first);
        Assert.True(pages > 1);
        var second = await viewer.GetPageAsync("/?theme=ilacs&page=2");
        Assert.Contains($"Page 2 of {pages}", second, StringComparison.Ordinal);
        Assert.Empty(HitLinks(first).Intersect(HitLinks(second), StringComparer.Ordinal));
    }

    [Fact]
    public async Task ThePageShowsItsHitsAndLinksToItsCountsWhichComeInThePageWhenAsked()
    {
        using var viewer = await site.SignInAsync("viewer");
        var page = await viewer.GetPageAsync("/?q=children&bydocument=true");
        Assert.NotEmpty(HitLinks(page));
        Assert.DoesNotContain("id=\"facet-kinds\"", page, StringComparison.Ordinal);
        // Without script: a link to the same search with its counts; with script, the panel's address.
        Assert.Contains("<a class=\"govuk-link\" href=\"/?q=children&amp;bydocument=true&amp;counts=true#facet-panel\">Show counts by kind of evidence, year and organisation</a>", page, StringComparison.Ordinal);
        Assert.Contains("data-facets-url=\"/?q=children&amp;bydocument=true&amp;handler=facets\"", page, StringComparison.Ordinal);

        var counted = await viewer.GetPageAsync("/?q=children&bydocument=true&counts=true");
        Assert.Equal(HitLinks(page), HitLinks(counted));
        Assert.Contains("<h2 id=\"facet-kinds\" class=\"govuk-heading-s\">Kind of evidence</h2>", counted, StringComparison.Ordinal);
        // Razor writes a data- attribute even when null: empty, there is nothing for the script to load.
        Assert.Contains("data-facets-url=\"\">", counted, StringComparison.Ordinal);
        // A new search from the form, and the counts' own links, keep the counts in the page.
        Assert.Contains("<input type=\"hidden\" name=\"counts\" value=\"true\">", counted, StringComparison.Ordinal);
        Assert.Contains("type=InspectionLetter&amp;bydocument=true&amp;counts=true\"", counted, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCountsPanelAloneIsTheSearchsCountsForThisCallerWithoutTheLayout()
    {
        using var viewer = await site.SignInAsync("viewer");
        var panel = await viewer.GetPageAsync("/?handler=facets&q=children");
        Assert.DoesNotContain("<html", panel, StringComparison.Ordinal);
        Assert.DoesNotContain("<h3><a href=\"/documents/", panel, StringComparison.Ordinal);

        // The same counts the API gives this caller for the same search (exact: the sample evidence is small).
        var api = await viewer.GetJsonAsync("/api/search?q=children&facets=true");
        var kinds = api.GetProperty("facets").GetProperty("kinds").EnumerateArray().ToList();
        Assert.NotEmpty(kinds);
        foreach (var kind in kinds)
        {
            var value = kind.GetProperty("value").GetString()!;
            var count = kind.GetProperty("count").GetInt32().ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
            Assert.Matches($@"href=""/\?q=children&amp;type={value}"">[^<]+ <span class=""caption"">\({count}\)</span>", panel);
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await viewer.Client.GetAsync(new Uri("/?handler=facets&q=audit&after=31%2F02%2F2024", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await viewer.Client.GetAsync(new Uri("/?handler=facets", UriKind.Relative))).StatusCode);
        using var signedOut = WebSession.Anonymous(site.Factory);
        Assert.Equal(HttpStatusCode.Redirect, (await signedOut.Client.GetAsync(new Uri("/?handler=facets&q=children", UriKind.Relative))).StatusCode);
    }

    private static int PageCount(string html)
    {
        var match = System.Text.RegularExpressions.Regex.Match(html, @"Page \d+ of (\d+)");
        Assert.True(match.Success, "the results have no pages");
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static List<string> HitLinks(string html) =>
        [.. System.Text.RegularExpressions.Regex.Matches(html, @"<h3><a href=""(/documents/[^""]+)""").Select(m => m.Groups[1].Value)];
}
