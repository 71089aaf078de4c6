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
    public void ADocumentWithMorePassagesThanThreePagesStillGivesWayToOthers()
    {
        for (var i = 0; i < 40; i++)
        {
            _index.Add("audit", $"Supervision audit {i}: supervision, supervision and supervision again.");
        }

        _index.Add("letter", "Ofsted found that supervision does not always challenge drift in a long passage about many other things as well.")
            .Add("plan", "The plan adds a prompt about missing episodes to the forms that managers complete, and supervision.")
            .Add("minutes", "The board heard about recruitment, retention, caseloads, agency staff and, briefly, supervision.")
            .Commit();

        var results = _index.Search("supervision", top: 10);

        Assert.Equal(["audit", "audit"], results.Hits.Take(2).Select(h => h.DocumentId));
        Assert.Equal(["letter", "minutes", "plan"], results.Hits.Skip(2).Take(3).Select(h => h.DocumentId).Order(StringComparer.Ordinal));
        Assert.All(results.Hits.Skip(5), h => Assert.Equal("audit", h.DocumentId));
        Assert.All(results.Hits.Where(h => h.DocumentId == "audit"), h => Assert.Equal(33, h.MoreFromDocument));
    }

    [Fact]
    public void MoreFromTheDocumentCountsItsCurrentPassagesAfterItIsIndexedAgain()
    {
        for (var i = 0; i < 6; i++)
        {
            _index.Add("audit", $"Supervision audit finding {i}.");
        }

        _index.Add("letter", "Supervision does not challenge drift.").Commit();
        for (var i = 0; i < 4; i++)
        {
            _index.Add("audit", $"Supervision audit finding {i}, as corrected.");
        }

        _index.Add("audit", "Nothing about the subject here.").Commit();

        var results = _index.Search("supervision", top: 3);

        Assert.Equal(2, results.Hits.Count(h => h.DocumentId == "audit"));
        Assert.All(results.Hits.Where(h => h.DocumentId == "audit"), h => Assert.Equal(2, h.MoreFromDocument));
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
