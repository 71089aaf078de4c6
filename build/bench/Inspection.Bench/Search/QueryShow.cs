using Inspection.Cli.Hosting;
using Inspection.Content.Evidence;
using Inspection.Search;
using Inspection.Search.Analysis;
using Inspection.Search.Indexing;
using Inspection.Search.Query;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Bench.Search;

internal static class QueryShow
{
    public static IReadOnlyList<string> Run(string dataDirectory, string[] queries)
    {
        using var services = CliServices.Build(dataDirectory);
        var index = services.GetRequiredService<PassageIndex>();
        var analyzer = services.GetRequiredService<InspectionAnalyzer>();
        var glossary = services.GetRequiredService<GlossaryProvider>();
        return index.Read(searcher =>
        {
            var lines = new List<string>();
            foreach (var q in queries)
            {
                var parsed = SearchQueryParser.Parse(q);
                var compiled = new QueryCompiler(analyzer, glossary.Current, searcher.IndexReader).Compile(parsed, Classifications.All, 1.0, false);
                lines.Add(q + "  =>  " + compiled.Query.ToString());
            }
            return lines;
        });
    }
}
