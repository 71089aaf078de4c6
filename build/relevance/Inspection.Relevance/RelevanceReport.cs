using System.Globalization;
using System.Text;

namespace Inspection.Relevance;

/// <summary>The figures as a Markdown table (one row per group and split, engines side by side) and, on request, each query's ranks.</summary>
public static class RelevanceReport
{
    public static string Markdown(IReadOnlyList<GroupFigures> figures, IReadOnlyList<string> engines)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(engines);
        var text = new StringBuilder();
        text.Append("| group | split | n |");
        foreach (var engine in engines)
        {
            text.Append(CultureInfo.InvariantCulture, $" {engine}: MRR@10 | nDCG@10 | recall@10 | leaks |");
        }

        text.AppendLine();
        text.Append("|---|---|---|");
        text.AppendLine(string.Concat(Enumerable.Repeat("---|---|---|---|", engines.Count)));
        foreach (var heldOut in new[] { true, false })
        {
            foreach (var group in JudgementFile.Groups.Append("all"))
            {
                var row = engines.Select(e => figures.Single(f => f.Engine == e && f.Group == group && f.HeldOut == heldOut)).ToList();
                text.Append(CultureInfo.InvariantCulture, $"| {group} | {(heldOut ? "held out" : "tuned")} | {row[0].Queries} |");
                foreach (var f in row)
                {
                    text.Append(CultureInfo.InvariantCulture, $" {f.Mrr:F3} | {f.Ndcg:F3} | {f.Recall:F3} | {f.Leaks} |");
                }

                text.AppendLine();
            }
        }

        return text.ToString();
    }

    public static string Details(IReadOnlyList<QueryOutcome> outcomes, RelevanceCorpus corpus)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(corpus);
        var text = new StringBuilder();
        foreach (var byQuery in outcomes.GroupBy(o => o.Query.Line).OrderBy(g => g.Key))
        {
            var query = byQuery.First().Query;
            var grades = JudgedGrades.For(query, corpus.Passages);
            text.AppendLine(CultureInfo.InvariantCulture, $"{query.Line,4} {query.Group,-10} {(query.HeldOut ? "held" : "tune")} {query.Query}");
            foreach (var outcome in byQuery)
            {
                var marks = string.Join(' ', outcome.Ranked.Select(p => grades.GetValueOrDefault(p) switch { 2 => "**", 1 => "+", _ => "." }));
                text.AppendLine(CultureInfo.InvariantCulture, $"       {outcome.Engine,-16} RR {outcome.ReciprocalRank:F2} nDCG {outcome.Ndcg:F2} R {outcome.Recall:F2}{(outcome.Leaked ? " LEAK" : "")}  [{marks}]  {outcome.Elapsed.TotalMilliseconds:F0} ms");
            }
        }

        return text.ToString();
    }
}
