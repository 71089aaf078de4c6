using Inspection.Search.Meaning;
using Inspection.Search.Tests.Matching;
using Microsoft.Extensions.Options;

namespace Inspection.Search.Tests.Meaning;

/// <summary>The real local model on a handful of passages (embedding stays small: a few seconds on CI).</summary>
public sealed class MeaningSearchTests : IDisposable
{
    private readonly WrittenIndex _index = new();
    private readonly ArcticEmbedder _embedder = new();

    [Fact]
    public async Task AQueryInOtherWordsFindsThePassageOnceItIsEmbedded()
    {
        _index.Add("adoption", "Children with placement orders are matched with adopters quickly through the regional agency.")
            .Add("transport", "The transport team procured minibuses and taxis for pupils eligible for school travel.")
            .Add("budget", "The high needs block is forecast to overspend by four million pounds this year.")
            .Add("secret", "Adopters for the youngest children were found within weeks.", Inspection.Content.Evidence.Classifications.Personal)
            .Commit();
        var options = Options.Create(new SearchOptions { IndexDirectory = _index.Index.IndexDirectory, MaxTop = 100 });
        using var meaning = new MeaningIndex(_index.Index, _embedder, options);
        var service = new SearchService(_index.Index, _index.Glossary, _index.Analyzer, options, null, meaning);
        var request = new SearchRequest { Query = "how fast do kids get new mums and dads", AllowedClassifications = [Inspection.Content.Evidence.Classifications.Official], Top = 3 };

        var before = service.Search(request);
        var embedded = await meaning.CatchUpAsync(100, CancellationToken.None);
        var after = service.Search(request);

        Assert.Contains("catching up", before.Message, StringComparison.Ordinal);
        Assert.Equal(4, embedded);
        Assert.Equal("adoption", after.Hits[0].DocumentId);
        Assert.DoesNotContain(after.Hits, h => h.DocumentId == "secret");
        Assert.Equal(0, meaning.Pending);
    }

    [Fact]
    public async Task AQueryAboutOneSentenceOfALongPassageFindsItThroughThatSentencesVector()
    {
        _index.Add("scrutiny", "The committee noted the budget for the coming year and the new office move in the spring. "
                + "Members asked about the recruitment of councillors to the fostering panel and the timetable for the next elections. "
                + "The chair thanked officers for the report on school transport routes and minibus procurement. "
                + "No care leaver has been placed in bed and breakfast accommodation since April. "
                + "The next meeting will consider the library opening hours and the parks strategy for the borough.")
            .Add("housing", "Families waiting for social housing were offered larger homes as new council flats were completed.")
            .Add("hotels", "Tourism in the town grew as two new hotels opened near the station and the seafront.")
            .Commit();
        var options = Options.Create(new SearchOptions { IndexDirectory = _index.Index.IndexDirectory, MaxTop = 100 });
        using var meaning = new MeaningIndex(_index.Index, _embedder, options);
        await meaning.CatchUpAsync(100, CancellationToken.None);

        var nearest = meaning.Nearest("young adults who grew up in care put up in B&Bs", 3, CancellationToken.None);

        Assert.StartsWith("scrutiny#", nearest[0].PassageId, StringComparison.Ordinal);
        Assert.True(meaning.Vectors.VectorCount > meaning.Vectors.Count);
    }

    [Fact]
    public async Task AFilteredSearchFindsByMeaningThePassagesItsFilterPermitsWhenNearerOnesAreFilteredOut()
    {
        // More passages than meaning's usual candidates, all nearer the query than the letter, and none a letter.
        for (var i = 0; i < 45; i++)
        {
            _index.Add($"minutes-{i:D2}", $"Adopters were matched with children within {i + 3} weeks through the regional adoption agency.");
        }

        _index.Add("letter", "Family finding for younger children waiting for adoption has become quicker.", kind: "InspectionLetter")
            .Add("transport", "The transport team procured minibuses for pupils eligible for school travel.", kind: "InspectionLetter")
            .Commit();
        var options = Options.Create(new SearchOptions { IndexDirectory = _index.Index.IndexDirectory, MaxTop = 100 });
        using var meaning = new MeaningIndex(_index.Index, _embedder, options);
        await meaning.CatchUpAsync(100, CancellationToken.None);
        var service = new SearchService(_index.Index, _index.Glossary, _index.Analyzer, options, null, meaning);

        var results = service.Search(new SearchRequest { Query = "how fast do kids get new mums and dads type:InspectionLetter", AllowedClassifications = Inspection.Content.Evidence.Classifications.All, Top = 3 });

        Assert.NotEmpty(results.Hits);
        Assert.Equal("letter", results.Hits[0].DocumentId);
        Assert.All(results.Hits, h => Assert.Equal("InspectionLetter", h.Kind));
    }

    public void Dispose()
    {
        _embedder.Dispose();
        _index.Dispose();
    }
}
