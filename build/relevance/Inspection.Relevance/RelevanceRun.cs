using System.Diagnostics;

namespace Inspection.Relevance;

/// <summary>Runs every judged query through each engine, as the searcher the query names (everyone by default), and scores the top ten.</summary>
public static class RelevanceRun
{
    public const int Depth = 10;

    public static async Task<IReadOnlyList<QueryOutcome>> RunAsync(
        RelevanceCorpus corpus,
        CorpusFilters filters,
        IReadOnlyList<JudgedQuery> queries,
        IReadOnlyList<IRankingEngine> engines,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(filters);
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(engines);
        var outcomes = new List<QueryOutcome>();
        foreach (var query in queries)
        {
            var allowed = query.Allowed ?? Inspection.Content.Evidence.Classifications.All;
            var grades = JudgedGrades.For(query, corpus.Passages);
            var permitted = await filters.PermittedAsync(query, allowed, cancellationToken).ConfigureAwait(false);
            foreach (var engine in engines)
            {
                var clock = Stopwatch.StartNew();
                var ranked = await engine.RankAsync(query, allowed, Depth, cancellationToken).ConfigureAwait(false);
                clock.Stop();
                var leaked = ranked.Any(p => !permitted.Contains(p));
                outcomes.Add(leaked
                    ? new QueryOutcome(engine.Name, query, ranked, 0, 0, 0, Leaked: true, clock.Elapsed)
                    : new QueryOutcome(
                        engine.Name,
                        query,
                        ranked,
                        RankingMetrics.ReciprocalRank(ranked, grades, Depth),
                        RankingMetrics.Ndcg(ranked, grades, Depth),
                        RankingMetrics.Recall(ranked, grades, Depth),
                        Leaked: false,
                        clock.Elapsed));
            }
        }

        return outcomes;
    }

    /// <summary>Figures per engine, group and split, with an "all" group over every query.</summary>
    public static IReadOnlyList<GroupFigures> Summarise(IReadOnlyList<QueryOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var figures = new List<GroupFigures>();
        foreach (var engine in outcomes.Select(o => o.Engine).Distinct(StringComparer.Ordinal))
        {
            foreach (var heldOut in new[] { false, true })
            {
                var mine = outcomes.Where(o => o.Engine == engine && o.Query.HeldOut == heldOut).ToList();
                foreach (var group in JudgementFile.Groups)
                {
                    figures.Add(GroupFigures.Of(engine, group, heldOut, [.. mine.Where(o => o.Query.Group == group)]));
                }

                figures.Add(GroupFigures.Of(engine, "all", heldOut, mine));
            }
        }

        return figures;
    }
}
