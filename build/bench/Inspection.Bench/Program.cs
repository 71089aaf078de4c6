using System.Globalization;
using Inspection.Bench;
using Inspection.Bench.Corpus;
using Inspection.Bench.Ingestion;
using Inspection.Bench.Search;
using Inspection.Search.Analysis;

// The orchestrator ("run") starts each measured phase as a child copy of this program (see ChildProcess).
var command = args.Length > 0 ? args[0] : "run";
var invariant = CultureInfo.InvariantCulture;
switch (command)
{
    case "run":
        return await Orchestrator.RunAsync(args[1..]).ConfigureAwait(false);
    case "ingest":
        ChildProcess.Print(await IngestionPhase.RunAsync(args[1], File.ReadAllLines(args[2]), int.Parse(args[3], invariant), CancellationToken.None).ConfigureAwait(false));
        return 0;
    case "pdfs":
        // The generated corpus of the ingestion phase, kept for profiling by hand: pdfs DIR PAGES.
        var written = PdfCorpusWriter.Write(args[1], Generator(), int.Parse(args[2], invariant), Orchestrator.Seed + 1);
        Console.WriteLine(string.Create(invariant, $"{written.Files} PDFs, {written.Pages} pages in {args[1]}"));
        return 0;
    case "ingest-breakdown":
        ChildProcess.Print(IngestionBreakdown.Run(File.ReadAllLines(args[1])));
        return 0;
    case "index":
        ChildProcess.Print(IndexPhase.Run(Generator(), int.Parse(args[1], invariant), args[2], int.Parse(args[3], invariant)));
        return 0;
    case "pg-load":
        ChildProcess.Print(PostgresFts.Load(Generator(), int.Parse(args[1], invariant), args[2]));
        return 0;
    case "vectors":
        ChildProcess.Print(await MeaningVectorsPhase.RunAsync(args[1], int.Parse(args[2], invariant), CancellationToken.None).ConfigureAwait(false));
        return 0;
    case "embed-throughput":
        ChildProcess.Print(EmbeddingThroughput.Run(Generator(), int.Parse(args[1], invariant), args.Length > 2 ? args[2] : Inspection.Search.Meaning.MeaningModels.ArcticXs));
        return 0;
    case "query-ours":
        ChildProcess.Print(OurQueryPhase.Run(args[1]));
        return 0;
    case "breakdown":
        ChildProcess.Print(QueryBreakdown.Run(args[1], int.Parse(args[2], invariant)));
        return 0;
    case "query-profile":
        foreach (var line in QueryProfile.Run(args[1], args.Length > 2 ? int.Parse(args[2], invariant) : 3, args.Length > 3 ? args[3] : "top10"))
        {
            Console.WriteLine(line);
        }

        return 0;
    case "meaning-profile":
        foreach (var line in MeaningProfile.Run(args[1], args.Length > 2 ? int.Parse(args[2], invariant) : 3, args.Length > 3 && args[3] == "sessions"))
        {
            Console.WriteLine(line);
        }

        return 0;
    case "shortlist-profile":
        foreach (var line in ShortlistProfile.Run(args[1], args[2], args.Length > 3 ? int.Parse(args[3], invariant) : 2))
        {
            Console.WriteLine(line);
        }

        return 0;
    case "hnsw-profile":
        foreach (var line in HnswProfile.Run(args[1], args.Length > 2 ? int.Parse(args[2], invariant) : int.MaxValue))
        {
            Console.WriteLine(line);
        }

        return 0;
    case "query-show":
        foreach (var line in QueryShow.Run(args[1], args[2..]))
        {
            Console.WriteLine(line);
        }

        return 0;
    case "web-only":
        // The web phase alone over an existing data folder (DATA RUNS SECONDS), its figures as JSON: for comparing builds.
        {
            var webFigures = new List<Inspection.Bench.Report.Figure>();
            var work = Directory.CreateTempSubdirectory("bench-web-");
            await Inspection.Bench.Web.WebPhase.RunAsync(webFigures, args[1], work.FullName, 1_000_000, int.Parse(args[2], invariant), TimeSpan.FromSeconds(int.Parse(args[3], invariant)), CancellationToken.None).ConfigureAwait(false);
            Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(webFigures, Inspection.Bench.Report.ReportWriter.JsonOptions));
            work.Delete(recursive: true);
        }

        return 0;
    case "coverage-profile":
        ChildProcess.Print(await Inspection.Bench.Readiness.CoverageProfile.RunAsync(args[1], CancellationToken.None).ConfigureAwait(false));
        return 0;
    case "coverage":
        ChildProcess.Print(await Inspection.Bench.Readiness.CoveragePhase.RunAsync(args[1], args.Length > 2 ? args[2] : Inspection.Bench.Readiness.CoveragePhase.AfterWarmUp, CancellationToken.None).ConfigureAwait(false));
        return 0;
    case "bulk-edit":
        ChildProcess.Print(await Inspection.Bench.Corrections.BulkEditPhase.RunAsync(Generator(), int.Parse(args[1], invariant), args[2], CancellationToken.None).ConfigureAwait(false));
        return 0;
    case "report":
        // Rewrites latest.md from latest.json (after a change to the Markdown layout), without measuring again.
        await using (var json = File.OpenRead(args[1]))
        {
            var report = await System.Text.Json.JsonSerializer.DeserializeAsync<Inspection.Bench.Report.BenchReport>(json, Inspection.Bench.Report.ReportWriter.JsonOptions).ConfigureAwait(false)
                ?? throw new InvalidOperationException(args[1] + ": no report");
            await File.WriteAllTextAsync(Path.ChangeExtension(args[1], ".md"), Inspection.Bench.Report.ReportWriter.Markdown(report)).ConfigureAwait(false);
        }

        return 0;
    case "query-pg":
        ChildProcess.Print(PostgresFts.Query(int.Parse(args[1], invariant), args[2]));
        return 0;
    default:
        await Console.Error.WriteLineAsync("usage: Inspection.Bench run [--size smoke|full] [--only ingestion,search,web] [--out DIR] [--commit SHA] | report results/latest.json").ConfigureAwait(false);
        return 2;
}

static PassageGenerator Generator()
{
    var pages = Environment.GetEnvironmentVariable(Orchestrator.ModelTextVariable) is { Length: > 0 } file && File.Exists(file)
        ? File.ReadLines(file)
        : TextModel.TrainingPages(BenchPaths.Corpus, Orchestrator.ModelBenchFiles);
    return new(TextModel.FromPages(pages), GlossaryLoader.Load(BenchPaths.Glossary), Orchestrator.Seed);
}
