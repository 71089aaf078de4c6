using Inspection.Content.Evidence;
using Inspection.Readiness.Tests.Fixtures;
using Inspection.Readiness.Themes;
using Inspection.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Readiness.Tests.Themes;

public sealed class SearchEntryTests(CorpusStore corpus) : IClassFixture<CorpusStore>
{
    [Fact]
    public async Task AThemeTypedInTheQueryFindsWhatTheSameThemeChosenInTheFormFinds()
    {
        var typed = await SearchAsync(new SearchRequest { Query = "placements theme:ilacs/care-leavers", AllowedClassifications = Classifications.All, Top = 100 });
        var chosen = await SearchAsync(new SearchRequest { Query = "placements", Theme = "ilacs/care-leavers", AllowedClassifications = Classifications.All, Top = 100 });

        Assert.True(typed.Total > 0);
        Assert.Equal(chosen.Hits.Select(h => h.PassageId), typed.Hits.Select(h => h.PassageId));
        Assert.Equal("placements theme:ilacs/care-leavers", typed.Query);
    }

    [Theory]
    [InlineData("placements theme:care-leavers")]
    [InlineData("placements theme:\"Care leavers\"")]
    [InlineData("placements theme:/Care_Leavers/")]
    public async Task AThemeTypedWithoutItsFrameworkOrByItsTitleIsReadAsTheOneThemeOfThatName(string query)
    {
        var typed = await SearchAsync(new SearchRequest { Query = query, AllowedClassifications = Classifications.All, Top = 100 });
        var chosen = await SearchAsync(new SearchRequest { Query = "placements", Theme = "ilacs/care-leavers", AllowedClassifications = Classifications.All, Top = 100 });

        Assert.True(typed.Total > 0);
        Assert.Equal(chosen.Hits.Select(h => h.PassageId), typed.Hits.Select(h => h.PassageId));
        Assert.StartsWith("Theme \"", typed.Message, StringComparison.Ordinal);
        Assert.Contains("was read as ilacs/care-leavers.", typed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownThemeSaysSoAndAThemeSeveralFrameworksShareAsksWhichOne()
    {
        var unknown = await SearchAsync(new SearchRequest { Query = "placements theme:nonsense", AllowedClassifications = Classifications.All });
        Assert.Equal(0, unknown.Total);
        Assert.Contains("No framework has a theme \"nonsense\"", unknown.Message, StringComparison.Ordinal);

        var fromForm = await SearchAsync(new SearchRequest { Query = "placements", Theme = "nonsense", AllowedClassifications = Classifications.All });
        Assert.Equal(unknown.Message, fromForm.Message);

        var shared = await SearchAsync(new SearchRequest { Query = "placements theme:health", AllowedClassifications = Classifications.All });
        Assert.Equal(0, shared.Total);
        Assert.Contains("ilacs/care-leavers/health", shared.Message, StringComparison.Ordinal);
        Assert.Contains("ilacs/children-in-care/health", shared.Message, StringComparison.Ordinal);
        Assert.Contains("Name one of them", shared.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheOfstedLetterInsideTheAgendaPackIsFoundAsALetter()
    {
        var letters = await SearchAsync(new SearchRequest { Query = "\"return home interviews\" type:letter", AllowedClassifications = Classifications.All, Top = 20 });

        // Thurrock's focused-visit letter (pages 30-33 of the committee agenda pack) says the take-up is "currently at 58%".
        Assert.Contains(letters.Hits, h => h.SourceFile == "thurrock-childrens-overview-scrutiny-2021-10.pdf" && h.Text.Contains("currently at 58%", StringComparison.Ordinal));
        Assert.DoesNotContain(letters.Hits, h => h.SourceFile == "thurrock-childrens-overview-scrutiny-2021-10.pdf" && h.PageTo < 30);
    }

    private Task<SearchResults> SearchAsync(SearchRequest request) =>
        corpus.Store.InScopeAsync(sp => sp.GetRequiredService<IThemeEvidence>().SearchAsync(request, CancellationToken.None));
}
