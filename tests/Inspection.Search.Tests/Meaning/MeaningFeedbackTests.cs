using Inspection.Content.Evidence;
using Inspection.Search.Meaning;
using Inspection.Search.Tests.Matching;
using Microsoft.Extensions.Options;

namespace Inspection.Search.Tests.Meaning;

/// <summary>
/// Pseudo-relevance feedback: a passage that shares no word with the query but shares the nearest passage's wording
/// comes up with it, ahead of an unrelated passage. A stand-in model (one dimension a word) keeps the closeness exact.
/// </summary>
public sealed class MeaningFeedbackTests : IDisposable
{
    private readonly WrittenIndex _index = new();

    // One model for every meaning index of a test: the second finds the first's vectors (the setting does not change
    // them) and must give the query the same dimensions.
    private readonly WordEmbedder _embedder = new();

    [Fact]
    public async Task APassageWordedLikeTheNearestComesAheadOfAnUnrelatedOneWithFeedback()
    {
        _index.Add("fostering", "Foster carers receive weekly allowances and respite breaks.")
            .Add("roads", "Potholes on rural lanes got repaired.")
            .Add("allowances", "Respite breaks plus weekly allowances rose.")
            .Commit();
        var plain = await NearestAsync("foster carers", 3, feedbackPassages: 0);
        var moved = await NearestAsync("foster carers", 3, feedbackPassages: 1);

        Assert.Equal("fostering#000", plain[0].PassageId);
        Assert.InRange(plain.Single(p => p.PassageId == "allowances#002").Similarity, -0.01f, 0.01f);
        Assert.Equal(["fostering#000", "allowances#002", "roads#001"], moved.Select(m => m.PassageId));
        Assert.True(moved[1].Similarity > 0.2f);
        Assert.InRange(moved[2].Similarity, -0.01f, 0.01f);
    }

    [Fact]
    public async Task WithNoMoreCandidatesThanFeedbackPassagesTheOrderIsTheModelsOwn()
    {
        _index.Add("fostering", "Foster carers receive weekly allowances and respite breaks.")
            .Add("allowances", "Respite breaks plus weekly allowances rose.")
            .Commit();
        Assert.Equal(await NearestAsync("foster carers", 2, feedbackPassages: 0), await NearestAsync("foster carers", 2, feedbackPassages: 4));
    }

    [Fact]
    public async Task APassageTheSearcherMayNotSeeDoesNotMoveTheOrderOfThoseShown()
    {
        // The sensitive passage is the nearest to the query in the whole index; feedback from it would lift "allowances"
        // above "roads", which are equally far from the query itself and so keep the order they were added in.
        _index.Add("fostering", "Foster carers receive weekly allowances and respite breaks.", Classifications.OfficialSensitive)
            .Add("roads", "Potholes on rural lanes got repaired.")
            .Add("allowances", "Respite breaks plus weekly allowances rose.")
            .Commit();
        var options = Options.Create(new SearchOptions
        {
            IndexDirectory = _index.Index.IndexDirectory,
            MaxTop = 100,
            MeaningFeedbackPassages = 1,
            MeaningFeedbackWeight = 1,
            MeaningWindowSentences = 0,
        });
        using var meaning = new MeaningIndex(_index.Index, _embedder, options);
        await meaning.CatchUpAsync(100, CancellationToken.None);
        var service = new SearchService(_index.Index, _index.Glossary, _index.Analyzer, options, null, meaning);

        var official = service.Search(new SearchRequest { Query = "foster carers", AllowedClassifications = [Classifications.Official], Top = 3 });

        Assert.Equal(["roads", "allowances"], official.Hits.Select(h => h.DocumentId));
    }

    public void Dispose() => _index.Dispose();

    private async Task<IReadOnlyList<(string PassageId, float Similarity)>> NearestAsync(string query, int count, int feedbackPassages)
    {
        using var meaning = new MeaningIndex(_index.Index, _embedder, Options.Create(new SearchOptions
        {
            IndexDirectory = _index.Index.IndexDirectory,
            MeaningFeedbackPassages = feedbackPassages,
            MeaningFeedbackWeight = 1,
            MeaningWindowSentences = 0,
        }));
        await meaning.CatchUpAsync(100, CancellationToken.None);
        return meaning.Nearest(query, count, CancellationToken.None);
    }

    /// <summary>Each word its own dimension, in the order first seen: texts are close exactly as far as they share words.</summary>
    private sealed class WordEmbedder : IPassageEmbedder
    {
        private readonly Dictionary<string, int> _words = new(StringComparer.Ordinal);

        public string Model => "one-dimension-a-word/1";

        public int Dimensions => 64;

        public IReadOnlyList<float[]> EmbedPassages(IReadOnlyList<string> passages, CancellationToken cancellationToken) =>
            [.. passages.Select(Vector)];

        public float[] EmbedQuery(string query, CancellationToken cancellationToken) => Vector(query);

        private float[] Vector(string text)
        {
            var vector = new float[Dimensions];
            foreach (var word in text.Split([' ', '.'], StringSplitOptions.RemoveEmptyEntries))
            {
                var key = word.ToUpperInvariant();
                if (!_words.TryGetValue(key, out var dimension))
                {
                    dimension = _words.Count;
                    _words[key] = dimension;
                }

                vector[dimension] += 1;
            }

            var norm = MathF.Sqrt(vector.Sum(v => v * v));
            return [.. vector.Select(v => norm == 0 ? 0 : v / norm)];
        }
    }
}
