using System.Text.Json;

namespace Inspection.Cli.Tests;

/// <summary>Dates typed as people in England write them narrow a search exactly as ISO dates do.</summary>
public sealed class SearchDateTests(SampleDataFolder samples) : IClassFixture<SampleDataFolder>
{
    [Theory]
    [InlineData("01/11/2025")]
    [InlineData("1 November 2025")]
    [InlineData("1 Nov 2025")]
    [InlineData("11/2025")]
    [InlineData("November 2025")]
    public async Task UkDatesInTheAfterOptionAndInTheQueryMatchTheIsoDate(string typed)
    {
        var iso = (await samples.Cli.RunAsync("search", "supervision", "--after", "2025-11-01", "--top", "50", "--json")).Json();
        var earliest = new DateOnly(2025, 11, 1);
        Assert.True(iso.GetProperty("total").GetInt32() > 0);
        Assert.All(iso.GetProperty("hits").EnumerateArray(), h => Assert.True(DateOnly.Parse(h.GetProperty("date").GetString()!, System.Globalization.CultureInfo.InvariantCulture) >= earliest));
        var everything = (await samples.Cli.RunAsync("search", "supervision", "--top", "50", "--json")).Json();
        Assert.True(everything.GetProperty("total").GetInt32() > iso.GetProperty("total").GetInt32(), "the samples have supervision evidence from before November 2025 too");

        var option = await samples.Cli.RunAsync("search", "supervision", "--after", typed, "--top", "50", "--json");
        Assert.True(option.ExitCode == 0, option.Error);
        Assert.Equal(PassageIds(iso), PassageIds(option.Json()));
        Assert.DoesNotContain("not a date", option.Json().GetProperty("message").GetString() ?? "", StringComparison.Ordinal);

        if (!typed.Contains(' ', StringComparison.Ordinal))
        {
            var inQuery = (await samples.Cli.RunAsync("search", $"supervision after:{typed}", "--top", "50", "--json")).Json();
            Assert.Equal(PassageIds(iso), PassageIds(inQuery));
        }
    }

    [Fact]
    public async Task AnUnreadableDateTypedInTheQueryIsNamedAndIgnored()
    {
        var result = await samples.Cli.RunAsync("search", "supervision after:31/02/2025", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"after:31/02/2025\" is not a date like 31/03/2021", result.Json().GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--after", "31/02/2025", "--after 31/02/2025 is not a real date: February 2025 has 28 days")]
    [InlineData("--before", "banana", "--before 'banana' is not a date: write a day, a month or a year")]
    public async Task AnUnreadableDateOptionIsBadUsageRatherThanASearchOfEverything(string option, string value, string said)
    {
        // As the API answers 400: a script that asked for a period must not get every date's hits with exit 0.
        var result = await samples.Cli.RunAsync("search", "supervision", option, value, "--json");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Contains(said, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATopOfLessThanOneIsBadUsage()
    {
        var result = await samples.Cli.RunAsync("search", "supervision", "--top", "-1");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--top must be 1 or more", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AKindOptionNoDefinitionKnowsIsBadUsageButAnAliasIsTaken()
    {
        var unknown = await samples.Cli.RunAsync("search", "supervision", "--type", "nosuch");
        var alias = await samples.Cli.RunAsync("search", "supervision", "--type", "letter", "--json");

        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("--type 'nosuch' is not a kind of evidence: the kinds are InspectionLetter", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(0, alias.ExitCode);
        Assert.True(alias.Json().GetProperty("total").GetInt32() > 0);
    }

    private static List<string?> PassageIds(JsonElement results) =>
        [.. results.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("passageId").GetString())];
}
