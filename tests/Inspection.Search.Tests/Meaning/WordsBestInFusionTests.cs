using Inspection.Content.Evidence;
using Inspection.Search.Meaning;
using Inspection.Search.Tests.Matching;
using Microsoft.Extensions.Options;

namespace Inspection.Search.Tests.Meaning;

/// <summary>
/// When no passage has all the words, meaning leads the fusion; the passage with the most of the typed words still
/// keeps a place near the top when meaning does not list it at all.
/// </summary>
public sealed class WordsBestInFusionTests : IDisposable
{
    private readonly WrittenIndex _index = new();

    public void Dispose() => _index.Dispose();

    [Fact]
    public async Task TheWordsBestPassageStaysSecondWhenMeaningListsOthers()
    {
        _index.Add("words", "The contract decision for the leisure centre was delayed until the spring.")
            .Add("fleet", "The minibus fleet for school transport was renewed.")
            .Add("routes", "Home to school transport routes were redrawn for the autumn.")
            .Add("review", "Transport for pupils with additional needs was reviewed by the panel.")
            .Commit();
        var options = Options.Create(new SearchOptions { IndexDirectory = _index.Index.IndexDirectory, MaxTop = 100, MeaningSearch = true });
        using var meaning = new MeaningIndex(_index.Index, new TransportEmbedder(), options);
        await meaning.CatchUpAsync(100, CancellationToken.None);
        var service = new SearchService(_index.Index, _index.Glossary, _index.Analyzer, options, null, meaning);

        // Every word is in the index, none of the passages has all four; "words" has three of them but is far in meaning.
        var results = service.Search(new SearchRequest { Query = "minibus contract decision delayed", AllowedClassifications = Classifications.All, Top = 4 });

        Assert.Contains("Passages close in meaning", results.Message, StringComparison.Ordinal);
        Assert.Equal(4, results.Hits.Count);
        Assert.Contains("words", results.Hits.Take(2).Select(h => h.DocumentId));
    }

    [Fact]
    public async Task AWordThatOnlyFramesTheQuestionIsNotAnUnknownWord()
    {
        _index.Add("words", "The contract decision for the leisure centre was delayed until the spring.")
            .Add("fleet", "The minibus fleet for school transport was renewed.")
            .Add("routes", "Home to school transport routes were redrawn for the autumn.")
            .Add("review", "Transport for pupils with additional needs was reviewed by the panel.")
            .Commit();
        var options = Options.Create(new SearchOptions { IndexDirectory = _index.Index.IndexDirectory, MaxTop = 100, MeaningSearch = true });
        using var meaning = new MeaningIndex(_index.Index, new TransportEmbedder(), options);
        await meaning.CatchUpAsync(100, CancellationToken.None);
        var service = new SearchService(_index.Index, _index.Glossary, _index.Analyzer, options, null, meaning);

        // No passage has "happens" in any form; it frames the question, so the words' order is still no guess.
        var results = service.Search(new SearchRequest { Query = "what happens if the minibus contract decision is delayed", AllowedClassifications = Classifications.All, Top = 4 });

        Assert.Null(results.CorrectedQuery);
        Assert.Contains("words", results.Hits.Take(2).Select(h => h.DocumentId));
    }

    /// <summary>A stand-in model that knows one topic: texts about transport point one way, all else another.</summary>
    private sealed class TransportEmbedder : IPassageEmbedder
    {
        private static readonly string[] Transport = ["transport", "minibus"];

        public string Model => "transport-topic/1";

        public int Dimensions => 2;

        public IReadOnlyList<float[]> EmbedPassages(IReadOnlyList<string> passages, CancellationToken cancellationToken) => [.. passages.Select(Vector)];

        public float[] EmbedQuery(string query, CancellationToken cancellationToken) => Vector(query);

        private static float[] Vector(string text) =>
            Transport.Any(t => text.Contains(t, StringComparison.OrdinalIgnoreCase)) ? [1f, 0f] : [0f, 1f];
    }
}
