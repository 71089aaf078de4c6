namespace Inspection.Relevance;

/// <summary>The averages of one engine over one group of queries in one split.</summary>
public sealed record GroupFigures(string Engine, string Group, bool HeldOut, int Queries, double Mrr, double Ndcg, double Recall, int Leaks)
{
    public static GroupFigures Of(string engine, string group, bool heldOut, IReadOnlyCollection<QueryOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        return outcomes.Count == 0
            ? new GroupFigures(engine, group, heldOut, 0, 0, 0, 0, 0)
            : new GroupFigures(
                engine,
                group,
                heldOut,
                outcomes.Count,
                outcomes.Average(o => o.ReciprocalRank),
                outcomes.Average(o => o.Ndcg),
                outcomes.Average(o => o.Recall),
                outcomes.Count(o => o.Leaked));
    }
}
