using Inspection.Content.Evidence;
using Inspection.Search.Meaning;
using Inspection.Search.Tests.Matching;
using Microsoft.Extensions.Options;

namespace Inspection.Search.Tests.Meaning;

/// <summary>
/// A query in words the evidence never uses, answered by meaning alone: the message says that in one sentence, not
/// "passages close in meaning are included" followed by "no passage matches" above a page of passages.
/// </summary>
public sealed class MeaningOnlyMessageTests : IDisposable
{
    private readonly WrittenIndex _index = new();

    public void Dispose() => _index.Dispose();

    [Fact]
    public async Task WhenOnlyMeaningFindsPassagesTheMessageSaysSoOnce()
    {
        _index.Add("adoption", "Children with placement orders are matched with adopters through the regional agency.")
            .Add("transport", "The transport team procured minibuses for pupils eligible for school travel.")
            .Commit();
        var options = Options.Create(new SearchOptions { IndexDirectory = _index.Index.IndexDirectory, MaxTop = 100, MeaningSearch = true });
        using var meaning = new MeaningIndex(_index.Index, new TopicEmbedder(), options);
        await meaning.CatchUpAsync(100, CancellationToken.None);
        var service = new SearchService(_index.Index, _index.Glossary, _index.Analyzer, options, null, meaning);

        var results = service.Search(new SearchRequest { Query = "kids getting new mums and dads", AllowedClassifications = Classifications.All, Top = 5 });

        Assert.Equal(0, results.Total);
        Assert.Equal("adoption", results.Hits[0].DocumentId);
        Assert.Equal("No passage has these words; the passages shown are close to them in meaning.", results.Message);
    }

    /// <summary>A stand-in model that knows one topic: texts about adoption (in the evidence's words or everyday ones) point one way, all else another.</summary>
    private sealed class TopicEmbedder : IPassageEmbedder
    {
        private static readonly string[] Adoption = ["adopt", "mums and dads", "new family"];

        public string Model => "one-topic/1";

        public int Dimensions => 2;

        public IReadOnlyList<float[]> EmbedPassages(IReadOnlyList<string> passages, CancellationToken cancellationToken) => [.. passages.Select(Vector)];

        public float[] EmbedQuery(string query, CancellationToken cancellationToken) => Vector(query);

        private static float[] Vector(string text) =>
            Adoption.Any(a => text.Contains(a, StringComparison.OrdinalIgnoreCase)) ? [1f, 0f] : [0f, 1f];
    }
}
