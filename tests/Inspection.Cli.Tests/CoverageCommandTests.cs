using System.Text.Json;

namespace Inspection.Cli.Tests;

public sealed class CoverageCommandTests(CorpusDataFolder data) : IClassFixture<CorpusDataFolder>
{
    [Fact]
    public async Task CoverageJsonHasExactlyTheDocumentedShape()
    {
        var result = await data.Cli.RunAsync("coverage", "--framework", "ilacs", "--json");

        Assert.Equal(0, result.ExitCode);
        var json = result.Json();
        Assert.Equal(["framework", "themes"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal("ilacs", json.GetProperty("framework").GetString());
        var themes = json.GetProperty("themes").EnumerateArray().ToList();
        Assert.All(themes, t => Assert.Equal(
            ["id", "title", "passages", "documents", "latestEvidence", "byKind", "gaps"],
            t.EnumerateObject().Select(p => p.Name)));
        Assert.All(themes.SelectMany(t => t.GetProperty("gaps").EnumerateArray()), g => Assert.Equal(["code", "reason"], g.EnumerateObject().Select(p => p.Name)));
        var help = themes.Single(t => t.GetProperty("id").GetString() == "ilacs/help-and-protection");
        Assert.True(help.GetProperty("passages").GetInt32() > 20);
        Assert.Equal(3, help.GetProperty("documents").GetInt32());
        Assert.Equal("2022-03-03", help.GetProperty("latestEvidence").GetString());
        Assert.Equal(3, help.GetProperty("byKind").GetProperty("CommitteeReport").GetInt32());
        var uasc = themes.Single(t => t.GetProperty("id").GetString() == "ilacs/children-in-care/uasc");
        Assert.Equal(JsonValueKind.Null, uasc.GetProperty("latestEvidence").ValueKind);
        Assert.Equal("no-evidence", Assert.Single(uasc.GetProperty("gaps").EnumerateArray()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task CoverageTextIsATableWithUkDatesAndTheGapsSpelledOut()
    {
        var result = await data.Cli.RunAsync("coverage", "--framework", "send-2016");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Contains(lines, l => l.StartsWith("Theme", StringComparison.Ordinal) && l.Contains("Latest evidence", StringComparison.Ordinal));
        var plans = lines.First(l => l.TrimStart().StartsWith("send-2016/assessment-and-meeting-needs/ehc-plans ", StringComparison.Ordinal));
        Assert.Contains("3 Mar 2022", plans, StringComparison.Ordinal);
        Assert.Contains("self-assessment-only", plans, StringComparison.Ordinal);
        Assert.Contains("Gaps to act on:", lines);
        Assert.Contains(lines, l => l.StartsWith("  open-finding-without-action: ", StringComparison.Ordinal) && l.Contains("education health and care plans", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CoverageOfAnUnknownFrameworkIsBadUsageListingTheKnownIds()
    {
        var result = await data.Cli.RunAsync("coverage", "--framework", "ofsted");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("known frameworks: ilacs, send-2016, send-2023, eif, eif-2025", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchByAThemeUsesItsSavedQueryWhenNoPassageIsTagged()
    {
        var result = await data.Cli.RunAsync("search", "--theme", "ilacs/help-and-protection/missing", "--top", "3", "--json");

        Assert.Equal(0, result.ExitCode);
        var json = result.Json();
        Assert.True(json.GetProperty("total").GetInt32() >= 3);
        Assert.All(json.GetProperty("hits").EnumerateArray(), h =>
        {
            var text = h.GetProperty("text").GetString()!;
            Assert.True(text.Contains("missing", StringComparison.OrdinalIgnoreCase) || text.Contains("return home", StringComparison.OrdinalIgnoreCase), text);
        });
    }

    [Fact]
    public async Task SearchByAThemeNobodyDefinedStaysATagFilter()
    {
        var result = await data.Cli.RunAsync("search", "--theme", "local/missing", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(0, result.Json().GetProperty("total").GetInt32());
    }
}
