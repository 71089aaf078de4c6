namespace Inspection.Relevance;

/// <summary>How one engine did on one judged query; a leak (a hit the filters or the searcher's classifications exclude) scores 0 throughout.</summary>
public sealed record QueryOutcome(
    string Engine,
    JudgedQuery Query,
    IReadOnlyList<string> Ranked,
    double ReciprocalRank,
    double Ndcg,
    double Recall,
    bool Leaked,
    TimeSpan Elapsed);
