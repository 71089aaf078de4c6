using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using Inspection.Bench.Corpus;
using Inspection.Bench.Ingestion;
using Inspection.Bench.Readiness;
using Inspection.Bench.Report;
using Inspection.Bench.Search;
using Inspection.Bench.Web;
using Inspection.Search.Analysis;
using UglyToad.PdfPig;

namespace Inspection.Bench;

/// <summary>Runs every phase in order, interleaving the engines compared run by run, and writes the report.</summary>
internal static class Orchestrator
{
    public const int Seed = 20261124;
    public const int ModelBenchFiles = 40;
    public const string ModelTextVariable = "BENCH_MODEL_TEXT";
    private const int Runs = 3;
    private const double Mb = 1024 * 1024;
    private static readonly Stopwatch Clock = Stopwatch.StartNew();

    /// <summary>The phases --only can choose; all run by default.</summary>
    public static readonly string[] PhaseNames = ["ingestion", "search", "web"];

    public static async Task<int> RunAsync(string[] args)
    {
        var size = Option(args, "--size") ?? "smoke";
        var only = (Option(args, "--only") ?? string.Join(',', PhaseNames)).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        if (only.Count == 0 || !only.IsSubsetOf(PhaseNames))
        {
            await Console.Error.WriteLineAsync($"--only takes a comma-separated list of {string.Join(", ", PhaseNames)}").ConfigureAwait(false);
            return 2;
        }

        var output = Option(args, "--out") ?? "results";
        var commit = Option(args, "--commit") ?? "unknown";
        var postgres = Environment.GetEnvironmentVariable("INSPECTION_TEST_POSTGRES")
            ?? throw new InvalidOperationException("INSPECTION_TEST_POSTGRES is not set: start PostgreSQL with build/test-postgres.sh");
        var smoke = string.Equals(size, "smoke", StringComparison.Ordinal);
        var started = DateTimeOffset.UtcNow;
        var loadAtStart = LoadAverage();
        var figures = new List<Figure>();
        var notes = new List<string>
        {
            "Ingestion 'ours' is the CLI's path: IngestionJobRunner (hash, extract, clean, enrich, segment, blob, SQLite item + passages + outbox task, job bookkeeping) then OutboxIndexer.CatchUpAsync, in a fresh temp data folder; each engine runs in its own child process under the CLI's runtime settings (inspection.runtimeconfig.json: no dynamic PGO, optimised recompilation after 2,000 calls, the server garbage collector), after an untimed warm-up over 3 files.",
            "PdfPig bare: PdfDocument.Open + ContentOrderTextExtractor.GetText on every page. pdftotext: one process per file (default mode, text to stdout).",
            "Passages are generated from a fixed seed by a word-bigram model of the real corpus text (real/ and the first 40 bench files) with glossary terms mixed into one sentence in five; 50-200 words; documents of 4-40 passages with kinds, dates 2017-2026, 40 organisations, classifications, heading paths and themes.",
            "Query mix: 100 queries, 20 each of words, phrases, glossary acronyms, filtered (type:, after:) and theme-like (3-4 phrases OR-ed, unweighted: our query language has no weights). Ours: SearchService.Search, Top 10, all classifications allowed (hits carry stored fields and a snippet). PostgreSQL: plainto/phraseto/websearch_to_tsquery('english'), ts_rank, ORDER BY rank LIMIT 10, ts_headline for the 10 snippets, same filters and classification list in WHERE, jit off, server defaults otherwise (shared_buffers 128 MB). PostgreSQL has no glossary synonyms, so its acronym queries do less work than ours.",
            "Each query run is a child process: one untimed pass over the mix, one timed single-thread pass, one timed pass with the mix split between 2 threads running at once. Ours and PostgreSQL runs alternate.",
            "Memory: the search phases' 'search process peak working set' is the library alone (SearchService in a child process); the web process's peak (VmHWM) serving the mix is in the Web sections.",
            "Web: src/Inspection.Web built in Release, one fresh process per run over the search phase's data folder (--data, --urls http://127.0.0.1:PORT, INSPECTION_Web__LoadSamples=false, and Logging__LogLevel__Microsoft.AspNetCore=Warning, which the app's appsettings.json also sets: at Information ASP.NET Core logs about ten entries per request), signed in through its first-run and sign-in pages. One untimed pass of the mix through the page and, side by side, the API, every answer checked (200; API hits counted); then wrk -t2 -c20 --timeout 60s with a Lua script cycling through the mix's 100 query strings, URL-encoded, first on GET /?q= (the search page: 20 hits with facets, rendered HTML), then on GET /api/search?q= (the same search as JSON). Any response that is not 2xx fails the phase. p50/p95/p99 from wrk's latency histogram (latency:percentile), requests/s is wrk's Requests/sec. wrk shares the 2 cores with the server. VmHWM from /proc/PID/status after both wrk runs.",
        };
        // A run of some phases only keeps the other phases' figures from the last report of the same size.
        var (kept, keptNotes) = only.Count == PhaseNames.Length ? ([], []) : await KeptFromLastReportAsync(output, size, only).ConfigureAwait(false);
        var work = Directory.CreateTempSubdirectory("inspection-bench-");
        var complete = false;
        try
        {
            var corpus = BenchPaths.Corpus;
            var modelText = Path.Combine(work.FullName, "model-text.txt");
            File.WriteAllLines(modelText, TextModel.TrainingPages(corpus, ModelBenchFiles));
            Environment.SetEnvironmentVariable(ModelTextVariable, modelText);
            var phases = new List<(string Name, Func<Task> Run)>();
            if (only.Contains("ingestion"))
            {
                var benchFiles = Directory.GetFiles(Path.Combine(corpus, "bench"), "*.pdf").Order(StringComparer.Ordinal).Take(smoke ? 30 : int.MaxValue).ToList();
                Log($"corpus {corpus}: {benchFiles.Count} bench files");
                var generator = new PassageGenerator(TextModel.FromPages(File.ReadLines(modelText)), GlossaryLoader.Load(BenchPaths.Glossary), Seed);
                var generatedDirectory = Path.Combine(work.FullName, "generated-pdfs");
                var written = PdfCorpusWriter.Write(generatedDirectory, generator, smoke ? 100 : 3000, Seed + 1);
                Log($"generated {written.Files} PDFs, {written.Pages} pages, {written.Bytes / Mb:0.0} MB");
                var generatedFiles = Directory.GetFiles(generatedDirectory, "*.pdf").Order(StringComparer.Ordinal).ToList();
                phases.Add(("ingestion of the bench corpus", Sync(() => Ingestion(figures, work.FullName, "bench corpus" + (smoke ? " (first 30 files)" : string.Empty), benchFiles, smoke ? 0 : 30))));
                phases.Add(("ingestion of the generated corpus", Sync(() => Ingestion(figures, work.FullName, "generated corpus", generatedFiles, smoke ? 0 : 20))));
                phases.Add(("ingestion of scans (OCR)", Sync(() => ScanIngestion(figures, work.FullName))));
            }

            int[] sizes = smoke ? [10_000] : [10_000, 100_000, 1_000_000];
            int[] webSizes = smoke ? [10_000] : [100_000, 1_000_000];
            var webDuration = TimeSpan.FromSeconds(smoke ? 4 : 15);
            foreach (var n in sizes)
            {
                // The web phase serves the index the search phase built (or, run alone, an index built for it) at the same size.
                var data = Path.Combine(work.FullName, "data-" + n.ToString(CultureInfo.InvariantCulture));
                var label = n.ToString("N0", CultureInfo.InvariantCulture);
                var web = only.Contains("web") && webSizes.Contains(n);
                if (only.Contains("search"))
                {
                    phases.Add(($"search at {label} passages", Sync(() => SearchAtSize(figures, data, n, postgres, isLargest: n == sizes[^1], smoke))));
                }
                else if (web)
                {
                    phases.Add(($"index of {label} passages for the web phase", Sync(() => IndexForWeb(data, n))));
                }

                if (web)
                {
                    phases.Add(($"web at {label} passages", () => WebPhase.RunAsync(figures, data, work.FullName, n, Runs, webDuration, CancellationToken.None)));
                }

                phases.Add(($"removing the data of {label} passages", Sync(() => RemoveData(data))));
            }

            foreach (var (name, run) in phases)
            {
                // One failed phase is reported and the others still run; the report is rewritten after each phase.
                try
                {
                    await run().ConfigureAwait(false);
                }
                catch (InvalidOperationException ex)
                {
                    Log($"{name} failed: {ex.Message}");
                    notes.Add($"NOT MEASURED: {name} failed: {ex.Message}");
                }

                await WriteAsync(Report(done: false)).ConfigureAwait(false);
            }

            complete = true;
        }
        finally
        {
            work.Delete(recursive: true);
        }

        var markdown = await WriteAsync(Report(complete)).ConfigureAwait(false);
        Console.Out.Write(markdown);
        return notes.Any(n => n.StartsWith("NOT MEASURED", StringComparison.Ordinal)) ? 1 : 0;

        BenchReport Report(bool done)
        {
            var machine = Machine(postgres);
            machine["load average at start"] = loadAtStart;
            machine["load average at end"] = LoadAverage();
            var all = kept.Concat(figures).ToList();
            return new BenchReport(done ? size : size + ", incomplete", started, Clock.Elapsed.TotalMinutes, commit, machine, all, Targets(all, smoke), [.. keptNotes, .. notes]);
        }

        async Task<string> WriteAsync(BenchReport report)
        {
            Directory.CreateDirectory(output);
            var markdown = ReportWriter.Markdown(report);
            await File.WriteAllTextAsync(Path.Combine(output, "latest.md"), markdown).ConfigureAwait(false);
            await File.WriteAllTextAsync(Path.Combine(output, "latest.json"), ReportWriter.ToJson(report)).ConfigureAwait(false);
            return markdown;
        }
    }

    // The layout zoo's scans (PDF, PNG, TIFF) through the same path: every page is read by Tesseract.
    private static void ScanIngestion(List<Figure> figures, string work)
    {
        var files = Directory.GetFiles(Path.Combine(BenchPaths.Repository, "build", "zoo", "docs"), "scan-*").Order(StringComparer.Ordinal).ToList();
        var list = Path.Combine(work, "scans-" + Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllLines(list, files);
        var ours = new List<PhaseResult>();
        for (var run = 1; run <= Runs; run++)
        {
            Log($"ingestion of scans run {run}: ours");
            ours.Add(ChildProcess.RunAsCli<PhaseResult>("ingest", IngestionPhase.Ours, list, "1"));
        }

        var pages = ours[0].Count;
        var group = string.Create(CultureInfo.InvariantCulture, $"Ingestion: scans of the layout zoo (OCR), {files.Count} files, {pages:N0} pages");
        figures.Add(new Figure(group, "ours end-to-end with OCR", "pages/s", ours.Select(r => pages / r.Seconds).ToList(), "Tesseract (hOCR, one process per page) + layout + enrich + store + index"));
        figures.Add(new Figure(group, "ours peak working set", "MB", ours.Select(r => r.PeakWorkingSetBytes / Mb).ToList(), "whole ingesting process, Tesseract apart"));
    }

    private static void Ingestion(List<Figure> figures, string work, string label, List<string> files, int smokeSample)
    {
        var list = Path.Combine(work, "files-" + Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllLines(list, files);
        var pages = files.Sum(f =>
        {
            using var pdf = PdfDocument.Open(f);
            return pdf.NumberOfPages;
        });
        var megabytes = files.Sum(f => new FileInfo(f).Length) / Mb;
        var ours = new List<PhaseResult>();
        var pdfPig = new List<PhaseResult>();
        var pdfToText = new List<PhaseResult>();
        for (var run = 1; run <= Runs; run++)
        {
            Log($"ingestion {label} run {run}: ours");
            var result = ChildProcess.RunAsCli<PhaseResult>("ingest", IngestionPhase.Ours, list, "3");
            if (result.Count != pages)
            {
                throw new InvalidOperationException($"our pipeline counted {result.Count} pages, PdfPig {pages}");
            }

            ours.Add(result);
            Log($"ingestion {label} run {run}: pdfpig");
            pdfPig.Add(ChildProcess.RunAsCli<PhaseResult>("ingest", IngestionPhase.PdfPig, list, "3"));
            Log($"ingestion {label} run {run}: pdftotext");
            pdfToText.Add(ChildProcess.RunAsCli<PhaseResult>("ingest", IngestionPhase.PdfToText, list, "3"));
        }

        var group = string.Create(CultureInfo.InvariantCulture, $"Ingestion: {label}, {files.Count} files, {pages:N0} pages, {megabytes:0.0} MB");
        figures.Add(new Figure(group, "ours: ingestion job part", "s", ours.Select(r => r.Extra!["jobSeconds"]).ToList(), "IngestionJobRunner.RunAsync"));
        figures.Add(new Figure(group, "ours: index catch-up part", "s", ours.Select(r => r.Extra!["catchUpSeconds"]).ToList(), "OutboxIndexer.CatchUpAsync"));
        figures.Add(new Figure(group, "ours end-to-end", "pages/s", ours.Select(r => pages / r.Seconds).ToList(), "extract+clean+enrich+segment+SQLite store+index catch-up"));
        figures.Add(new Figure(group, "ours end-to-end", "MB/s", ours.Select(r => megabytes / r.Seconds).ToList()));
        figures.Add(new Figure(group, "PdfPig bare extraction", "pages/s", pdfPig.Select(r => pages / r.Seconds).ToList(), "ContentOrderTextExtractor, every page"));
        figures.Add(new Figure(group, "pdftotext (process per file)", "pages/s", pdfToText.Select(r => pages / r.Seconds).ToList()));
        figures.Add(new Figure(group, "ratio ours / PdfPig", "x", ours.Zip(pdfPig, (o, p) => p.Seconds / o.Seconds).ToList(), "speed ratio, run by run; target >= 0.6"));
        figures.Add(new Figure(group, "ratio ours / pdftotext", "x", ours.Zip(pdfToText, (o, p) => p.Seconds / o.Seconds).ToList(), "speed ratio, run by run"));
        figures.Add(new Figure(group, "ours peak working set", "MB", ours.Select(r => r.PeakWorkingSetBytes / Mb).ToList(), "whole ingesting process"));
        figures.Add(new Figure(group, "PdfPig peak working set", "MB", pdfPig.Select(r => r.PeakWorkingSetBytes / Mb).ToList()));
        foreach (var (engine, results) in new[] { ("ours", ours), ("PdfPig", pdfPig) })
        {
            // Where the process's time went besides the work itself: a new process compiles as it goes (on every thread).
            figures.Add(new Figure(group, engine + " CPU time", "s", results.Select(r => r.Extra!["cpuSeconds"]).ToList(), "all threads of the process, timed part"));
            figures.Add(new Figure(group, engine + " JIT compilation", "s", results.Select(r => r.Extra!["jitSeconds"]).ToList(), "all threads, timed part (JitInfo)"));
            figures.Add(new Figure(group, engine + " GC pauses", "s", results.Select(r => r.Extra!["gcPauseSeconds"]).ToList()));
            figures.Add(new Figure(group, engine + " allocated", "MB/file", results.Select(r => r.Extra!["allocatedMegabytes"] / files.Count).ToList()));
        }

        // A profile of where our time goes, stage by stage, on a sample of the same files (one run: for finding causes).
        if (smokeSample == 0)
        {
            return;
        }

        var sample = files.Take(smokeSample).ToList();
        var sampleList = Path.Combine(work, "sample-" + Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllLines(sampleList, sample);
        var samplePages = sample.Sum(f =>
        {
            using var pdf = PdfDocument.Open(f);
            return pdf.NumberOfPages;
        });
        Log($"ingestion {label}: stage breakdown on {sample.Count} files");
        var stages = ChildProcess.RunAsCli<Dictionary<string, double>>("ingest-breakdown", sampleList);
        var breakdown = string.Create(CultureInfo.InvariantCulture, $"Ingestion stage profile: {label}, first {sample.Count} files ({samplePages} pages), one run");
        foreach (var (stage, value) in stages)
        {
            figures.Add(stage.EndsWith(IngestionBreakdown.AllocatedSuffix, StringComparison.Ordinal)
                ? new Figure(breakdown, stage[..^IngestionBreakdown.AllocatedSuffix.Length] + ", allocated", "KB/page", [value / 1024 / samplePages])
                : new Figure(breakdown, stage, "ms/page", [value * 1000 / samplePages]));
        }
    }

    private static Func<Task> Sync(Action action) => () =>
    {
        action();
        return Task.CompletedTask;
    };

    private static void IndexForWeb(string data, int size)
    {
        Log($"index {size.ToString("N0", CultureInfo.InvariantCulture)} (for the web phase, untimed)");
        ChildProcess.Run<PhaseResult>("index", size.ToString(CultureInfo.InvariantCulture), data, "1");
    }

    private static void RemoveData(string data)
    {
        if (Directory.Exists(data))
        {
            Directory.Delete(data, recursive: true);
        }
    }

    private static async Task<(List<Figure> Figures, List<string> Notes)> KeptFromLastReportAsync(string output, string size, HashSet<string> only)
    {
        var file = Path.Combine(output, "latest.json");
        if (!File.Exists(file))
        {
            return ([], []);
        }

        await using var stream = File.OpenRead(file);
        var last = await JsonSerializer.DeserializeAsync<BenchReport>(stream, ReportWriter.JsonOptions).ConfigureAwait(false);
        if (last is null || !string.Equals(last.Size.Split(',')[0], size, StringComparison.Ordinal))
        {
            return ([], []);
        }

        var kept = last.Figures.Where(f => !only.Contains(PhaseOf(f.Group))).ToList();
        var from = string.Join(" and ", PhaseNames.Where(p => !only.Contains(p) && kept.Any(f => PhaseOf(f.Group) == p)));
        List<string> notes = kept.Count == 0
            ? []
            : [string.Create(CultureInfo.InvariantCulture, $"{ReportWriter.KeptNotePrefix} {string.Join(", ", PhaseNames.Where(only.Contains))}; the {from} figures are kept from the run of {last.StartedUtc:yyyy-MM-dd HH:mm} UTC, commit `{last.Commit}`, load average at start {last.Machine.GetValueOrDefault("load average at start")}, at end {last.Machine.GetValueOrDefault("load average at end")}.")];
        return (kept, notes);
    }

    // Which phase writes a group: ingestion, search (with its readiness figures) or web.
    private static string PhaseOf(string group) =>
        group.StartsWith("Ingestion", StringComparison.Ordinal) ? "ingestion" : group.StartsWith("Web", StringComparison.Ordinal) ? "web" : "search";

    private static void SearchAtSize(List<Figure> figures, string data, int size, string postgres, bool isLargest, bool smoke)
    {
        var label = size.ToString("N0", CultureInfo.InvariantCulture);
        var group = $"Search: {label} passages";
        var large = size >= 1_000_000;
        var builds = new List<PhaseResult>();
        // A million passages are indexed once and timed in five chunks of 200,000; smaller sizes are built three times.
        for (var run = 1; run <= (large ? 1 : Runs); run++)
        {
            Log($"index {label} run {run}");
            builds.Add(ChildProcess.Run<PhaseResult>("index", size.ToString(CultureInfo.InvariantCulture), data, large ? "5" : "1"));
        }

        var rates = large
            ? builds[0].Extra!.Where(e => e.Key.StartsWith("chunkRate", StringComparison.Ordinal)).Select(e => e.Value).ToList()
            : builds.Select(b => b.Extra!["chunkRate0"]).ToList();
        figures.Add(new Figure(group, "indexing into PassageIndex", "passages/s", rates, large ? "one build, five successive chunks of 200,000" : "three builds; passage generation time excluded"));
        figures.Add(new Figure(group, "index size on disk", "MB", [builds[^1].Extra!["indexBytes"] / Mb]));
        figures.Add(new Figure(group, "index build peak working set", "MB", builds.Select(b => b.PeakWorkingSetBytes / Mb).ToList()));

        Log($"postgres load {label}");
        var load = ChildProcess.Run<PhaseResult>("pg-load", size.ToString(CultureInfo.InvariantCulture), postgres);
        figures.Add(new Figure(group, "PostgreSQL load + GIN index", "passages/s", [size / load.Seconds], string.Create(CultureInfo.InvariantCulture, $"COPY {load.Extra!["loadSeconds"]:0.0} s + indexes and ANALYZE {load.Extra["indexSeconds"]:0.0} s; table {load.Extra["tableBytes"] / Mb:0} MB")));

        var ours = new List<QueryRun>();
        var pg = new List<QueryRun>();
        for (var run = 1; run <= Runs; run++)
        {
            Log($"queries {label} run {run}: ours");
            ours.Add(ChildProcess.Run<QueryRun>("query-ours", data));
            Log($"queries {label} run {run}: postgres");
            pg.Add(ChildProcess.Run<QueryRun>("query-pg", size.ToString(CultureInfo.InvariantCulture), postgres));
        }

        foreach (var (engine, runs) in new[] { ("ours", ours), ("PostgreSQL", pg) })
        {
            figures.Add(new Figure(group, $"{engine} p50, 1 thread", "ms", runs.Select(r => Stats.Percentile(r.Single, 50)).ToList()));
            figures.Add(new Figure(group, $"{engine} p95, 1 thread", "ms", runs.Select(r => Stats.Percentile(r.Single, 95)).ToList()));
            figures.Add(new Figure(group, $"{engine} p99, 1 thread", "ms", runs.Select(r => Stats.Percentile(r.Single, 99)).ToList()));
            figures.Add(new Figure(group, $"{engine} queries/s, 1 thread", "q/s", runs.Select(r => r.Single.Count / (r.Single.Sum() / 1000)).ToList()));
            figures.Add(new Figure(group, $"{engine} p50, 2 threads", "ms", runs.Select(r => Stats.Percentile(r.Dual, 50)).ToList()));
            figures.Add(new Figure(group, $"{engine} p95, 2 threads", "ms", runs.Select(r => Stats.Percentile(r.Dual, 95)).ToList()));
            figures.Add(new Figure(group, $"{engine} p99, 2 threads", "ms", runs.Select(r => Stats.Percentile(r.Dual, 99)).ToList()));
            figures.Add(new Figure(group, $"{engine} queries/s, 2 threads", "q/s", runs.Select(r => r.Dual.Count / r.DualSeconds).ToList()));
        }

        figures.Add(new Figure(group, "ratio PostgreSQL p95 / ours p95, 1 thread", "x", ours.Zip(pg, (o, p) => Stats.Percentile(p.Single, 95) / Stats.Percentile(o.Single, 95)).ToList(), "run by run; target >= 5 at 1M"));
        figures.Add(new Figure(group, "ratio PostgreSQL p95 / ours p95, 2 threads", "x", ours.Zip(pg, (o, p) => Stats.Percentile(p.Dual, 95) / Stats.Percentile(o.Dual, 95)).ToList()));
        figures.Add(new Figure(group, "ours p95, first pass in a fresh process", "ms", ours.Select(r => Stats.Percentile(r.First ?? [], 95)).ToList(), "the untimed warm-up pass: JIT, and block maxima and phrase matches worked out on first use"));
        figures.Add(new Figure(group, "ours block maxima and phrase matches kept", "MB", ours.Select(r => r.KeptBytes / Mb).ToList(), "after the mix (budget 96 MB)"));
        figures.Add(new Figure(group, "ours search process peak working set", "MB", ours.Select(r => r.PeakWorkingSetBytes / Mb).ToList(), "index open, serving the mix on 1 and 2 threads (the library alone; the web process is in the Web sections)"));

        if (isLargest || large)
        {
            var categories = QueryMix.All.Select(q => q.Category).Distinct(StringComparer.Ordinal).ToList();
            foreach (var category in categories)
            {
                var positions = QueryMix.All.Select((q, i) => (q, i)).Where(x => string.Equals(x.q.Category, category, StringComparison.Ordinal)).Select(x => x.i).ToList();
                figures.Add(new Figure(group, $"ours p95 {category} queries, 1 thread", "ms", ours.Select(r => Stats.Percentile(positions.Select(i => r.Single[i]).ToList(), 95)).ToList()));
                figures.Add(new Figure(group, $"PostgreSQL p95 {category} queries, 1 thread", "ms", pg.Select(r => Stats.Percentile(positions.Select(i => r.Single[i]).ToList(), 95)).ToList()));
            }
        }

        if (isLargest)
        {
            Log($"query stage breakdown {label}");
            var stages = ChildProcess.Run<Dictionary<string, List<double>>>("breakdown", data, "1");
            var breakdown = $"Search stage profile at {label} passages (one pass of the mix, after a warm-up pass)";
            foreach (var (stage, latencies) in stages)
            {
                figures.Add(new Figure(breakdown, stage + ": mean", "ms", [latencies.Average()]));
                figures.Add(new Figure(breakdown, stage + ": p95", "ms", [Stats.Percentile(latencies, 95)]));
            }
        }

        if (size >= 100_000 || smoke)
        {
            // The first call at 1M passages without kept results takes several seconds: measured once there, three times below.
            var runs = large || smoke ? 1 : Runs;
            var unwarmed = new List<PhaseResult>();
            for (var run = 1; run <= runs; run++)
            {
                Log($"coverage {label} with nothing kept, run {run}");
                unwarmed.Add(ChildProcess.Run<PhaseResult>("coverage", data, CoveragePhase.Unwarmed));
            }

            Log($"coverage {label} warm-up");
            var warmUp = ChildProcess.Run<PhaseResult>("coverage", data, CoveragePhase.WarmUp);
            var coverage = new List<PhaseResult>();
            for (var run = 1; run <= runs; run++)
            {
                Log($"coverage {label} after warm-up, run {run}");
                coverage.Add(ChildProcess.Run<PhaseResult>("coverage", data, CoveragePhase.AfterWarmUp));
            }

            const string readiness = "Readiness: coverage of the whole ilacs framework (ICoverageService.GetAsync)";
            var themes = string.Create(CultureInfo.InvariantCulture, $"{coverage[0].Count} themes, {coverage[0].Extra!["themesWithEvidence"]} with evidence");
            figures.Add(new Figure(readiness, $"{label} passages, first call in a fresh process after indexing", "ms", coverage.Select(c => c.Extra!["coldMs"]).ToList(), themes + "; theme hits and passage facts read from the files the indexer's warm-up kept"));
            figures.Add(new Figure(readiness, $"{label} passages, repeated call", "ms", coverage.Select(c => c.Extra!["warmMedianMs"]).ToList(), "median of 5 calls per run; matches cached in memory per reader"));
            figures.Add(new Figure(readiness, $"{label} passages, first call with nothing kept", "ms", unwarmed.Select(c => c.Extra!["coldMs"]).ToList(), "kept files deleted first: every theme compiled and matched, facts read from doc values"));
            figures.Add(new Figure(readiness, $"{label} passages, indexer's warm-up (every theme of every framework)", "ms", [warmUp.Extra!["warmUpMs"]], "what OutboxIndexer's catch-up adds once after indexing this many new passages"));
        }
    }

    private static List<TargetCheck> Targets(List<Figure> figures, bool smoke)
    {
        var targets = new List<TargetCheck>();
        var searchGroups = figures.Where(f => f.Group.StartsWith("Search:", StringComparison.Ordinal)).Select(f => f.Group).Distinct(StringComparer.Ordinal).ToList();
        var largest = searchGroups.LastOrDefault();
        var at = smoke ? $" (smoke: judged at {largest?["Search: ".Length..]}, not 1M)" : string.Empty;
        var p95 = figures.FirstOrDefault(f => f.Group == largest && f.Name == "ours p95, 1 thread");
        if (p95 is not null)
        {
            targets.Add(new TargetCheck("search p95 under 20 ms at 1M passages" + at, ReportWriter.Range(p95) + " ms", p95.Median < 20));
        }

        var ratio = figures.FirstOrDefault(f => f.Group == largest && f.Name == "ratio PostgreSQL p95 / ours p95, 1 thread");
        if (ratio is not null)
        {
            targets.Add(new TargetCheck("query latency at least 5x better than PostgreSQL FTS at 1M (p95)" + at, ReportWriter.Range(ratio) + "x", ratio.Median >= 5));
        }

        foreach (var ingest in figures.Where(f => f.Name == "ratio ours / PdfPig"))
        {
            targets.Add(new TargetCheck($"end-to-end ingestion at least 0.6x the speed of bare PdfPig ({ingest.Group["Ingestion: ".Length..].Split(',')[0]})", ReportWriter.Range(ingest) + "x", ingest.Median >= 0.6));
        }

        // Issue 15: OCR is reported beside it, with no target of its own (Tesseract's speed is the machine's).
        if (figures.FirstOrDefault(f => f.Name == "ours end-to-end with OCR") is { } ocr)
        {
            targets.Add(new TargetCheck("OCR'd scans, end to end (reported beside the born-digital ratio)", ReportWriter.Range(ocr) + " pages/s", true));
        }

        // Issue 6: coverage of every theme of a framework at 100k passages well under a second (a fresh process, after indexing).
        var coverage = figures.FirstOrDefault(f => f.Name.EndsWith("first call in a fresh process after indexing", StringComparison.Ordinal)
            && (f.Name.StartsWith("100,000", StringComparison.Ordinal) || smoke));
        if (coverage is not null)
        {
            var where = smoke ? $" (smoke: judged at {coverage.Name.Split(' ')[0]}, not 100k)" : string.Empty;
            targets.Add(new TargetCheck("coverage of a whole framework under 1 s at 100k passages" + where, ReportWriter.Range(coverage) + " ms", coverage.Median < 1000));
        }

        return targets;
    }

    private static Dictionary<string, string> Machine(string postgres)
    {
        var machine = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["cores"] = Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture),
            ["os"] = RuntimeInformation.OSDescription,
            ["runtime"] = RuntimeInformation.FrameworkDescription,
        };
        if (File.Exists("/proc/cpuinfo"))
        {
            var model = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            if (model is not null)
            {
                machine["cpu"] = model[(model.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
            }

            var memory = File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal", StringComparison.Ordinal));
            if (memory is not null)
            {
                var kb = double.Parse(memory.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
                machine["memory"] = string.Create(CultureInfo.InvariantCulture, $"{kb / 1024 / 1024:0.0} GB");
            }
        }

        using var connection = new Npgsql.NpgsqlConnection(postgres);
        connection.Open();
        machine["postgresql"] = connection.PostgreSqlVersion.ToString();
        return machine;
    }

    // Other work on a shared machine shows here: the 1, 5 and 15 minute load averages.
    internal static string LoadAverage() => File.Exists("/proc/loadavg")
        ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3))
        : "unknown";

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    internal static void Log(string message) =>
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{Clock.Elapsed:mm\\:ss}] {message}"));
}
