using Inspection.Search.Tests.Corpus;

namespace Inspection.Search.Tests.Query;

[Collection(CorpusGroup.Name)]
public sealed class ClauseLimitTests(CorpusIndex corpus)
{
    [Fact]
    public void AFloodOfExpandedExclusionsIsRefusedWithAMessage()
    {
        var query = "children " + string.Concat(Enumerable.Repeat("-LAC ", 199));

        var results = corpus.Search(query);

        Assert.Equal(0, results.Total);
        Assert.Contains("too broad", results.Message, StringComparison.Ordinal);
    }
}
