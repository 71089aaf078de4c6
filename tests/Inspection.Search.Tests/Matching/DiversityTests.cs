namespace Inspection.Search.Tests.Matching;

public sealed class DiversityTests : IDisposable
{
    private readonly WrittenIndex _index = new();

    [Fact]
    public void TheFirstPageShowsAtMostTwoPassagesOfADocumentAndCountsTheRest()
    {
        for (var i = 0; i < 7; i++)
        {
            _index.Add("audit", $"Supervision audit finding {i}: supervision was regular and supervision records were reflective.");
        }

        _index.Add("letter", "Ofsted found that supervision does not always challenge drift.")
            .Add("plan", "The plan adds a supervision prompt about missing episodes.")
            .Commit();

        var results = _index.Search("supervision", top: 4);

        Assert.Equal(4, results.Hits.Count);
        Assert.True(results.Hits.Count(h => h.DocumentId == "audit") <= 2);
        Assert.Contains(results.Hits, h => h.DocumentId == "letter");
        Assert.All(results.Hits.Where(h => h.DocumentId == "audit"), h => Assert.Equal(5, h.MoreFromDocument));
    }

    [Fact]
    public void LimitedToOneDocumentEveryPassageOfItIsShown()
    {
        for (var i = 0; i < 5; i++)
        {
            _index.Add("audit", $"Supervision audit finding {i}.");
        }

        _index.Add("letter", "Supervision does not challenge drift.").Commit();

        var results = _index.Search("supervision document:audit", top: 10);

        Assert.Equal(5, results.Hits.Count);
        Assert.All(results.Hits, h => Assert.Equal("audit", h.DocumentId));
    }

    public void Dispose() => _index.Dispose();
}
