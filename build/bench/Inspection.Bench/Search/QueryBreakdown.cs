using System.Diagnostics;
using Inspection.Cli.Hosting;
using Inspection.Content.Evidence;
using Inspection.Search;
using Inspection.Search.Analysis;
using Inspection.Search.Indexing;
using Inspection.Search.Query;
using Inspection.Search.Results;
using Lucene.Net.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Bench.Search;

/// <summary>
/// Where a search's time goes: the same mix timed stage by stage with the search library's public pieces
/// (parse and compile, bare Lucene top 10, the same with SearchService's sort, stored fields, snippets) beside the whole call.
/// </summary>
internal static class QueryBreakdown
{
    public static Dictionary<string, List<double>> Run(string dataDirectory, int passes)
    {
        using var services = CliServices.Build(dataDirectory);
        var search = services.GetRequiredService<SearchService>();
        var index = services.GetRequiredService<PassageIndex>();
        var analyzer = services.GetRequiredService<InspectionAnalyzer>();
        var glossary = services.GetRequiredService<GlossaryProvider>();
        var snippets = new SnippetBuilder(analyzer);
        var sort = new Sort(SortField.FIELD_SCORE, new SortField(PassageFields.DateNumber, SortFieldType.INT32, true));
        var stages = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        for (var pass = 0; pass <= passes; pass++)
        {
            foreach (var query in QueryMix.All)
            {
                var compiled = Time(stages, pass, "parse and compile", () =>
                    new QueryCompiler(analyzer, glossary.Current).Compile(SearchQueryParser.Parse(query.Ours), Classifications.All));
                var top = Time(stages, pass, "Lucene top 10 by score", () => index.Read(s => s.Search(compiled.Query, 10)));
                Time(stages, pass, "Lucene top 10, score then date (SearchService's sort)", () => index.Read(s => s.Search(compiled.Query, null, 10, sort, true, true)));
                Time(stages, pass, "count all hits (TotalHitCountCollector)", () => index.Read(s =>
                {
                    var counter = new TotalHitCountCollector();
                    s.Search(compiled.Query, counter);
                    return counter.TotalHits;
                }));
                var texts = Time(stages, pass, "load 10 stored documents", () => index.Read(s => top.ScoreDocs.Select(d => s.Doc(d.Doc).Get(PassageFields.Text, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty).ToList()));
                Time(stages, pass, "10 snippets", () => texts.Select(t => snippets.Build(t, compiled.MarkSequences)).ToList());
                Time(stages, pass, "whole SearchService.Search", () => search.Search(new SearchRequest { Query = query.Ours, AllowedClassifications = Classifications.All, Top = 10 }));
            }
        }

        return stages;
    }

    // Pass 0 warms up and is not recorded.
    private static T Time<T>(Dictionary<string, List<double>> stages, int pass, string stage, Func<T> work)
    {
        var start = Stopwatch.GetTimestamp();
        var result = work();
        if (pass > 0)
        {
            if (!stages.TryGetValue(stage, out var list))
            {
                list = [];
                stages[stage] = list;
            }

            list.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        return result;
    }
}
