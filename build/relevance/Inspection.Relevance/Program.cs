using Inspection.Relevance;

// dotnet run --project build/relevance/Inspection.Relevance -- [--judgements FILE] [--out FILE.md] [--details] [--query TEXT] [--vector-cache FOLDER] [--setting KEY=VALUE] [--passages FILE] [--corrections FILE]
var judgements = RepositoryPaths.Judgements;
string? output = null;
string? vectorCache = null;
string? passagesFile = null;
string? correctionsFile = null;
var details = false;
var probes = new List<string>();
var settings = new Dictionary<string, string?>(StringComparer.Ordinal);
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
        case "--vector-cache" when i + 1 < args.Length:
            vectorCache = args[++i];
            break;
        case "--setting" when i + 1 < args.Length && args[i + 1].Contains('=', StringComparison.Ordinal):
            // A product setting as its configuration key, e.g. Search:MeaningWeight=4.
            var setting = args[++i].Split('=', 2);
            settings[setting[0]] = setting[1];
            break;
        case "--passages" when i + 1 < args.Length:
            passagesFile = args[++i];
            break;
        case "--corrections" when i + 1 < args.Length:
            correctionsFile = args[++i];
            break;
        case "--details":
            details = true;
            break;
        case "--query" when i + 1 < args.Length:
            probes.Add(args[++i]);
            break;
        default:
            await Console.Error.WriteLineAsync($"unknown argument {args[i]}; use --judgements FILE, --out FILE.md, --details, --query TEXT, --vector-cache FOLDER, --setting KEY=VALUE, --passages FILE, --corrections FILE");
            return 2;
    }
}

await using var harness = await RelevanceHarness.CreateAsync(judgements, settings, CancellationToken.None, vectorCache);
if (passagesFile is not null)
{
    // --passages FILE: every passage the judged corpus holds, as a judge reads them when writing queries and phrases.
    await File.WriteAllLinesAsync(passagesFile, harness.Corpus.Passages.Select(p =>
        $"## {p.PassageId} | {p.Title} | {string.Join(", ", p.Kinds)} | {p.Classification} | {p.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "no date"} | {p.Organisation ?? "no organisation"} | {p.HeadingPath}{Environment.NewLine}{p.Text}{Environment.NewLine}"));
}

if (correctionsFile is not null)
{
    // --corrections FILE: each line a query, optionally a tab and the word meant; prints the query, the search's
    // correction of it ("-" when none), and the index terms of the correction and of the word meant, tab-separated, so
    // that a correction to another form of the word meant ("improving" for "ipmrove") counts as right.
    using var analyzer = new Inspection.Search.Analysis.InspectionAnalyzer();
    string Terms(string text) => string.Join(' ', Inspection.Search.Analysis.TextAnalysis.Terms(analyzer, text));
    foreach (var line in await File.ReadAllLinesAsync(correctionsFile))
    {
        var fields = line.Split('\t');
        if (fields[0].Length > 0)
        {
            var corrected = await harness.CorrectedAsync(fields[0], CancellationToken.None);
            var meant = fields.Length > 1 ? fields[1] : string.Empty;
            Console.WriteLine($"{fields[0]}\t{corrected ?? "-"}\t{Terms(corrected ?? string.Empty)}\t{Terms(meant)}");
        }
    }

    return 0;
}

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
var engines = harness.Engines.Select(e => e.Name).ToList();
var table = RelevanceReport.Markdown(RelevanceRun.Summarise(outcomes), engines);
var embedding = harness.Corpus.Embedding;
Console.WriteLine($"{harness.Queries.Count} judged queries over {harness.Corpus.Passages.Count} passages");
Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
    $"Embedding: {embedding.Passages} passages in {embedding.Elapsed.TotalSeconds:F1} s ({embedding.PassagesPerSecond:F1}/s, model load included); vectors {embedding.MemoryBytes / 1024.0:F0} KiB in memory, {embedding.DiskBytes / 1024.0:F0} KiB on disk"));
foreach (var engine in engines)
{
    var times = outcomes.Where(o => o.Engine == engine).Select(o => o.Elapsed.TotalMilliseconds).Order().ToList();
    Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{engine}: p50 {times[times.Count / 2]:F1} ms, p95 {times[(int)(times.Count * 0.95)]:F1} ms per query"));
}

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
