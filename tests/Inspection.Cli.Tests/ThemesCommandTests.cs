namespace Inspection.Cli.Tests;

public sealed class ThemesCommandTests(CorpusDataFolder data) : IClassFixture<CorpusDataFolder>
{
    [Fact]
    public async Task ThemesPrintsEachFrameworkAsATreeOfThemesWithTitles()
    {
        var result = await data.Cli.RunAsync("themes");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Contains("ilacs  Inspecting local authority children's services (ILACS)", lines);
        Assert.Contains("  ilacs/care-leavers  The experiences and progress of care leavers", lines);
        Assert.Contains("    ilacs/care-leavers/pathway-plans  Pathway plans", lines);
        Assert.True(lines.IndexOf("  ilacs/care-leavers  The experiences and progress of care leavers") < lines.IndexOf("    ilacs/care-leavers/pathway-plans  Pathway plans"));
        Assert.Contains(lines, l => l.StartsWith("eif  ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ThemesJsonListsFrameworksWithTheirThemesAndKeyPhrases()
    {
        var result = await data.Cli.RunAsync("themes", "--framework", "send-2016", "--json");

        Assert.Equal(0, result.ExitCode);
        var framework = Assert.Single(result.Json().EnumerateArray());
        Assert.Equal("send-2016", framework.GetProperty("id").GetString());
        var plans = framework.GetProperty("themes").EnumerateArray().Single(t => t.GetProperty("id").GetString() == "send-2016/assessment-and-meeting-needs/ehc-plans");
        Assert.Equal("send-2016/assessment-and-meeting-needs", plans.GetProperty("parentId").GetString());
        Assert.Contains(plans.GetProperty("keyPhrases").EnumerateArray(), p => p.GetProperty("text").GetString() == "EHCP" && p.GetProperty("weight").GetSingle() == 3f);
    }

    [Fact]
    public async Task AnUnknownFrameworkIsBadUsageListingTheKnownIds()
    {
        var result = await data.Cli.RunAsync("themes", "--framework", "scif");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown framework 'scif'; known frameworks: ilacs, send-2016, send-2023, eif, eif-2025", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Output);
    }
}
