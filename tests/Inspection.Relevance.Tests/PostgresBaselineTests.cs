using System.Globalization;
using Xunit.Abstractions;

namespace Inspection.Relevance.Tests;

/// <summary>
/// The second baseline: PostgreSQL's own full-text search (english configuration, the query's words OR-ed, ts_rank) over the
/// same passages, which a council could switch on in the database it already runs. Needs a server
/// (<c>INSPECTION_TEST_POSTGRES</c>): skipped without one, except on CI, where a missing server fails.
/// </summary>
[Collection(HarnessGroup.Name)]
public sealed class PostgresBaselineTests(HarnessFixture fixture, ITestOutputHelper output)
{
    [PostgresFact]
    public void OursBeatsPostgresFullTextSearchOnTheHeldOutThirdAndItRankedEveryQuery()
    {
        var postgres = fixture.Harness.Postgres;
        Assert.True(postgres is not null, $"{RelevanceHarness.PostgresVariable} is not set: the PostgreSQL baseline did not run");
        var ours = fixture.Of(fixture.Harness.Product.Name, "all", heldOut: true);
        var theirs = fixture.Of(postgres.Name, "all", heldOut: true);
        foreach (var group in JudgementFile.Groups)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{group}: ours {fixture.Of(fixture.Harness.Product.Name, group, heldOut: true).Mrr:F3}, PostgreSQL {fixture.Of(postgres.Name, group, heldOut: true).Mrr:F3}"));
        }

        // It really searched: most keyword queries find their passage first with PostgreSQL too.
        Assert.True(fixture.Of(postgres.Name, "keyword", heldOut: false).Mrr > 0.5);
        Assert.True(ours.Mrr > theirs.Mrr, string.Create(CultureInfo.InvariantCulture, $"ours {ours.Mrr:F3}, PostgreSQL {theirs.Mrr:F3}"));
        Assert.True(ours.Ndcg > theirs.Ndcg, string.Create(CultureInfo.InvariantCulture, $"nDCG@10: ours {ours.Ndcg:F3}, PostgreSQL {theirs.Ndcg:F3}"));
        Assert.True(ours.Recall >= theirs.Recall, string.Create(CultureInfo.InvariantCulture, $"recall@10: ours {ours.Recall:F3}, PostgreSQL {theirs.Recall:F3}"));
    }
}

/// <summary>A test that needs PostgreSQL: skipped with the reason when no server is configured, but never on CI, where it fails instead.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        var configured = Environment.GetEnvironmentVariable(RelevanceHarness.PostgresVariable) is { Length: > 0 };
        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!configured && !ci)
        {
            Skip = $"{RelevanceHarness.PostgresVariable} is not set: the PostgreSQL baseline needs a server (on CI it fails instead of skipping).";
        }
    }
}
