using Inspection.Content.Evidence;
using Inspection.Search.Meaning;
using Inspection.Search.Tests.Matching;
using Microsoft.Extensions.Options;

namespace Inspection.Search.Tests.Meaning;

/// <summary>
/// Meaning search costs a model inference and a scan of every vector, so a search pays it only when the ranking uses it:
/// when no passage has all the words. A small stand-in model (words hashed into a vector) keeps this fast and exact.
/// </summary>
public sealed class MeaningCostTests : IDisposable
{
    private readonly WrittenIndex _index = new();

    [Fact]
    public async Task ASearchWhosePassagesHaveAllTheWordsEmbedsNoQueryAndRanksAsWithoutMeaning()
    {
        var (service, embedder, meaning) = await ServiceAsync();
        using (meaning)
        {
            var request = new SearchRequest { Query = "minibuses taxis", AllowedClassifications = Classifications.All, Top = 3 };
            var words = new SearchService(_index.Index, _index.Glossary, _index.Analyzer, Options(meaningSearch: false)).Search(request);

            var hybrid = service.Search(request);

            Assert.Equal(0, embedder.Queries);
            Assert.Equal(words.Hits.Select(h => h.PassageId), hybrid.Hits.Select(h => h.PassageId));
            Assert.Equal("transport", hybrid.Hits[0].DocumentId);
            Assert.Null(hybrid.Message);
        }
    }

    [Fact]
    public async Task ASearchNoPassageFullyMatchesEmbedsTheQueryOnceAndAddsPassagesCloseInMeaning()
    {
        var (service, embedder, meaning) = await ServiceAsync();
        using (meaning)
        {
            var results = service.Search(new SearchRequest { Query = "adopters minibuses overspend", AllowedClassifications = Classifications.All, Top = 3 });

            Assert.Equal(1, embedder.Queries);
            Assert.Contains("close in meaning", results.Message, StringComparison.Ordinal);
            Assert.Contains(results.Hits, h => h.DocumentId == "adoption");
        }
    }

    [Fact]
    public async Task ASearchAskedAgainEmbedsItsQueryOnlyTheFirstTime()
    {
        var (service, embedder, meaning) = await ServiceAsync();
        using (meaning)
        {
            var first = new SearchRequest { Query = "adopters minibuses overspend", AllowedClassifications = Classifications.All, Top = 3 };
            var before = service.Search(first);

            var again = service.Search(first);
            var nextPage = service.Search(first with { Skip = 1, Top = 1 });

            Assert.Equal(1, embedder.Queries);
            Assert.Equal(before.Hits.Select(h => h.PassageId), again.Hits.Select(h => h.PassageId));
            Assert.Equal(before.Hits[1].PassageId, nextPage.Hits[0].PassageId);
        }
    }

    public void Dispose() => _index.Dispose();

    private async Task<(SearchService Service, CountingEmbedder Embedder, MeaningIndex Meaning)> ServiceAsync()
    {
        _index.Add("adoption", "Children with placement orders are matched with adopters quickly through the regional agency.")
            .Add("transport", "The transport team procured minibuses and taxis for pupils eligible for school travel.")
            .Add("budget", "The high needs block is forecast to overspend by four million pounds this year.")
            .Commit();
        var embedder = new CountingEmbedder();
        var meaning = new MeaningIndex(_index.Index, embedder, Options(meaningSearch: true));
        await meaning.CatchUpAsync(100, CancellationToken.None);
        return (new SearchService(_index.Index, _index.Glossary, _index.Analyzer, Options(meaningSearch: true), null, meaning), embedder, meaning);
    }

    private IOptions<SearchOptions> Options(bool meaningSearch) =>
        Microsoft.Extensions.Options.Options.Create(new SearchOptions { IndexDirectory = _index.Index.IndexDirectory, MaxTop = 100, MeaningSearch = meaningSearch });

    /// <summary>Each word hashed to one of 64 dimensions: texts sharing words are close; counts the queries embedded.</summary>
    private sealed class CountingEmbedder : IPassageEmbedder
    {
        public string Model => "hashed-words/1";

        public int Dimensions => 64;

        public int Queries { get; private set; }

        public IReadOnlyList<float[]> EmbedPassages(IReadOnlyList<string> passages, CancellationToken cancellationToken) =>
            [.. passages.Select(Vector)];

        public float[] EmbedQuery(string query, CancellationToken cancellationToken)
        {
            Queries++;
            return Vector(query);
        }

        private float[] Vector(string text)
        {
            var vector = new float[Dimensions];
            foreach (var word in text.Split([' ', '.', ','], StringSplitOptions.RemoveEmptyEntries))
            {
                vector[(int)((uint)string.GetHashCode(word.ToUpperInvariant(), StringComparison.Ordinal) % (uint)Dimensions)] += 1;
            }

            var norm = MathF.Sqrt(vector.Sum(v => v * v));
            return [.. vector.Select(v => norm == 0 ? 0 : v / norm)];
        }
    }
}
