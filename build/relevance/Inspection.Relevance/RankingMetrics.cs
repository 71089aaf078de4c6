namespace Inspection.Relevance;

/// <summary>MRR@k, nDCG@k (gain 2^grade - 1) and recall@k of one ranked list against graded judgements.</summary>
public static class RankingMetrics
{
    public static double ReciprocalRank(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades, int k)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(grades);
        for (var i = 0; i < Math.Min(k, ranked.Count); i++)
        {
            if (grades.GetValueOrDefault(ranked[i]) > 0)
            {
                return 1.0 / (i + 1);
            }
        }

        return 0;
    }

    public static double Ndcg(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades, int k)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(grades);
        var dcg = 0.0;
        for (var i = 0; i < Math.Min(k, ranked.Count); i++)
        {
            dcg += Gain(grades.GetValueOrDefault(ranked[i])) / Math.Log2(i + 2);
        }

        var ideal = grades.Values.Where(g => g > 0).OrderDescending().Take(k).Select((g, i) => Gain(g) / Math.Log2(i + 2)).Sum();
        return ideal == 0 ? 0 : dcg / ideal;
    }

    /// <summary>Relevant passages in the top k over all relevant ones, or over k when more than k are relevant.</summary>
    public static double Recall(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades, int k)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(grades);
        var relevant = grades.Count(g => g.Value > 0);
        return relevant == 0 ? 0 : ranked.Take(k).Count(p => grades.GetValueOrDefault(p) > 0) / (double)Math.Min(relevant, k);
    }

    private static double Gain(int grade) => Math.Pow(2, grade) - 1;
}
