using Inspection.Relevance;

// dotnet run --project build/relevance/Inspection.Relevance -- [--judgements FILE] [--out FILE.md] [--details] [--query TEXT]
var judgements = RepositoryPaths.Judgements;
string? output = null;
var details = false;
var probes = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--judgements" when i + 1 < args.Length:
            judgements = args[++i];
            break;
        case "--out" when i + 1 < args.Length:
            output = args[++i];
            break;
        case "--details":
            details = true;
            break;
        case "--query" when i + 1 < args.Length:
            probes.Add(args[++i]);
            break;
        default:
            await Console.Error.WriteLineAsync($"unknown argument {args[i]}; use --judgements FILE, --out FILE.md, --details, --query TEXT");
            return 2;
    }
}

await using var harness = await RelevanceHarness.CreateAsync(judgements, null, CancellationToken.None);
if (probes.Count > 0)
{
    // --query TEXT (repeatable): the product's top ten with their scores and text, for looking into one query.
    foreach (var probe in probes)
    {
        Console.WriteLine(await harness.ProbeAsync(probe, CancellationToken.None));
    }

    return 0;
}

var broken = harness.Queries.SelectMany(q => JudgedGrades.Unmatched(q, harness.Corpus.Passages).Select(p => $"line {q.Line}: no passage contains \"{p}\"")).ToList();
foreach (var problem in broken)
{
    await Console.Error.WriteLineAsync(problem);
}

var outcomes = await harness.RunAsync(CancellationToken.None);
var table = RelevanceReport.Markdown(RelevanceRun.Summarise(outcomes), [harness.Product.Name, harness.Baseline.Name]);
Console.WriteLine($"{harness.Queries.Count} judged queries over {harness.Corpus.Passages.Count} passages");
Console.WriteLine(table);
if (details)
{
    Console.WriteLine(RelevanceReport.Details(outcomes, harness.Corpus));
}

if (output is not null)
{
    await File.WriteAllTextAsync(output, table);
}

return broken.Count == 0 ? 0 : 1;
