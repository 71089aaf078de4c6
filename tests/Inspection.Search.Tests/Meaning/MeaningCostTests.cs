using Inspection.Content.Evidence;
using Inspection.Search.Meaning;
using Inspection.Search.Tests.Matching;
using Microsoft.Extensions.Options;

namespace Inspection.Search.Tests.Meaning;

/// <summary>
/// Meaning search costs a model inference and a scan of every vector, so a search pays them only when the ranking uses
/// them: the scan when no passage has all the words, the inference alone (and a read of a page's vectors) when several
/// have them, or some have them and partial matches follow on the page, and meaning orders them. A small stand-in model (words hashed into a vector, the same in every run) keeps this fast and exact.
/// </summary>
public sealed class MeaningCostTests : IDisposable
{
    private readonly WrittenIndex _index = new();

    [Fact]
    public async Task ASearchWhereOnePassageHasAllTheWordsEmbedsNoQueryAndRanksAsWithoutMeaning()
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

    [Fact]
    public async Task SeveralFullMatchesAreOrderedWithMeaningAndStayAbovePartialMatches()
    {
        // The analyser reads "minibuses;" as minibuses but the stand-in model sees another word: the words put that short
        // passage first, while meaning puts it last of the three that have both words.
        _index.Add("listed", "Minibuses; taxis; taxis;")
            .Add("both", "Minibuses and taxis.")
            .Add("fares", "Taxis fares rose sharply.")
            .Add("drivers", "Drivers of taxis were checked.");
        var (service, embedder, meaning) = await ServiceAsync(meaningWeightAmongFullMatches: 10);
        using (meaning)
        {
            var request = new SearchRequest { Query = "minibuses taxis", AllowedClassifications = Classifications.All, Top = 10 };
            var words = new SearchService(_index.Index, _index.Glossary, _index.Analyzer, Options(meaningSearch: false)).Search(request);

            var hybrid = service.Search(request);

            string[] fullMatches = ["both", "listed", "transport"];
            Assert.Equal("listed", words.Hits[0].DocumentId);
            Assert.Equal(fullMatches, words.Hits.Take(3).Select(h => h.DocumentId).Order(StringComparer.Ordinal));
            Assert.Equal(1, embedder.Queries);
            Assert.Equal("both", hybrid.Hits[0].DocumentId);
            Assert.Equal(fullMatches, hybrid.Hits.Take(3).Select(h => h.DocumentId).Order(StringComparer.Ordinal));
            Assert.Equal(words.Hits.Skip(3).Select(h => h.DocumentId), hybrid.Hits.Skip(3).Select(h => h.DocumentId));
        }
    }

    [Fact]
    public async Task PartialMatchesAfterAFullMatchAreOrderedWithMeaningAmongThemselves()
    {
        // Two of the three words make a partial match (the titles, "Written" and the name, match none). The stand-in model reads "taxis;" and "fares;" as other words, so
        // the short passage that repeats them leads the partial matches by its words and trails them by meaning.
        _index.Add("all", "Minibuses, taxis and their fares were reviewed by the transport team.")
            .Add("repeated", "Taxis; fares; taxis; fares; taxis; fares;")
            .Add("rise", "Taxis fares rose sharply across the borough this spring.");
        var (service, embedder, meaning) = await ServiceAsync();
        using (meaning)
        {
            var request = new SearchRequest { Query = "minibuses taxis fares", AllowedClassifications = Classifications.All, Top = 10 };
            var words = new SearchService(_index.Index, _index.Glossary, _index.Analyzer, Options(meaningSearch: false)).Search(request);

            var hybrid = service.Search(request);

            Assert.Equal(["all", "repeated"], words.Hits.Take(2).Select(h => h.DocumentId));
            Assert.Equal(1, embedder.Queries);
            Assert.Equal("all", hybrid.Hits[0].DocumentId);
            Assert.Equal(words.Hits.Select(h => h.DocumentId).Order(StringComparer.Ordinal), hybrid.Hits.Select(h => h.DocumentId).Order(StringComparer.Ordinal));
            Assert.Equal("repeated", hybrid.Hits[^1].DocumentId);
        }
    }

    public void Dispose() => _index.Dispose();

    private async Task<(SearchService Service, CountingEmbedder Embedder, MeaningIndex Meaning)> ServiceAsync(double meaningWeightAmongFullMatches = 0.5)
    {
        _index.Add("adoption", "Children with placement orders are matched with adopters quickly through the regional agency.")
            .Add("transport", "The transport team procured minibuses and taxis for pupils eligible for school travel.")
            .Add("budget", "The high needs block is forecast to overspend by four million pounds this year.")
            .Commit();
        var embedder = new CountingEmbedder();
        var meaning = new MeaningIndex(_index.Index, embedder, Options(meaningSearch: true));
        await meaning.CatchUpAsync(100, CancellationToken.None);
        return (new SearchService(_index.Index, _index.Glossary, _index.Analyzer, Options(meaningSearch: true, meaningWeightAmongFullMatches), null, meaning), embedder, meaning);
    }

    private IOptions<SearchOptions> Options(bool meaningSearch, double meaningWeightAmongFullMatches = 0.5) =>
        Microsoft.Extensions.Options.Options.Create(new SearchOptions
        {
            IndexDirectory = _index.Index.IndexDirectory,
            MaxTop = 100,
            MeaningSearch = meaningSearch,
            MeaningWeightAmongFullMatches = meaningWeightAmongFullMatches,
        });

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
                vector[(int)(Fnv1a(word.ToUpperInvariant()) % (uint)Dimensions)] += 1;
            }

            var norm = MathF.Sqrt(vector.Sum(v => v * v));
            return [.. vector.Select(v => norm == 0 ? 0 : v / norm)];
        }

        // The same dimension for a word in every run: string.GetHashCode is seeded afresh in each process, which made
        // the words that share a dimension, and so meaning's order, change from run to run.
        private static uint Fnv1a(string word)
        {
            var hash = 2166136261u;
            foreach (var c in word)
            {
                hash = (hash ^ c) * 16777619u;
            }

            return hash;
        }
    }
}
