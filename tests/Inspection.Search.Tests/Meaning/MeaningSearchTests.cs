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

    public void Dispose()
    {
        _embedder.Dispose();
        _index.Dispose();
    }
}
