using System.Globalization;
using Inspection.Bench.Report;
using Inspection.Bench.Search;

namespace Inspection.Bench.Web;

/// <summary>
/// The web app over a data folder the search phase built: per run a fresh process, a real sign-in, one untimed pass
/// of the mix through the page and the API (every answer checked), then wrk on the search page and on the search API,
/// then the process's peak resident set.
/// </summary>
internal static class WebPhase
{
    private const double Mb = 1024 * 1024;

    private static TimeSpan WarmUp =>
        TimeSpan.FromSeconds(int.TryParse(Environment.GetEnvironmentVariable("BENCH_WEB_WARMUP"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) ? Math.Max(0, seconds) : 5);

    public static async Task RunAsync(List<Figure> figures, string dataDirectory, string work, int size, int runs, TimeSpan duration, CancellationToken cancellationToken)
    {
        var label = size.ToString("N0", CultureInfo.InvariantCulture);
        var scripts = Path.Combine(work, "wrk-" + size.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(scripts);
        var pageScript = WrkScript.Write(scripts, WrkScript.PagePath, QueryMix.All);
        var apiScript = WrkScript.Write(scripts, WrkScript.ApiPath, QueryMix.All);
        var facetsScript = WrkScript.Write(scripts, WrkScript.FacetsPath, QueryMix.All);
        var bothScript = WrkScript.Write(scripts, [WrkScript.PagePath, WrkScript.FacetsPath], QueryMix.All, "page-and-counts");
        var pages = new List<WrkResult>();
        var apis = new List<WrkResult>();
        var counts = new List<WrkResult>();
        var both = new List<WrkResult>();
        var peaks = new List<double>();
        var cpu = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        var startUps = new List<double>();
        var withHits = new List<double>();
        var loads = new List<double>();
        for (var run = 1; run <= runs; run++)
        {
            Orchestrator.Log($"web {label} run {run}: starting the web app");
            var logFile = Path.Combine(scripts, string.Create(CultureInfo.InvariantCulture, $"web-run{run}.log"));
            var (app, startUp) = await WebAppProcess.StartAsync(dataDirectory, logFile, cancellationToken).ConfigureAwait(false);
            await using (app.ConfigureAwait(false))
            {
                try
                {
                    using var session = new WebSession(app.Address);
                    await session.SignInAsync(cancellationToken).ConfigureAwait(false);
                    Orchestrator.Log(string.Create(CultureInfo.InvariantCulture, $"web {label} run {run}: answering after {startUp.TotalSeconds:0.0} s; warm-up pass of the mix (page and API)"));
                    withHits.Add(await session.CheckMixAsync(cancellationToken).ConfigureAwait(false));

                    // A server runs for days: measure it warm. One pass of the mix leaves much of the request path still in
                    // the JIT's first tier, recompiled during whichever run came first (the page's). So each endpoint is
                    // first driven untimed for a few seconds (BENCH_WEB_WARMUP seconds, 5 by default; 0 leaves it out).
                    if (WarmUp > TimeSpan.Zero)
                    {
                        Orchestrator.Log(string.Create(CultureInfo.InvariantCulture, $"web {label} run {run}: warming up, {WarmUp.TotalSeconds:0} s an endpoint, untimed"));
                        foreach (var script in WebSession.CountsPanel ? [pageScript, apiScript, facetsScript] : new[] { pageScript, apiScript })
                        {
                            await Wrk.RunAsync(script, app.Address, session.CookieHeader, WarmUp, cancellationToken).ConfigureAwait(false);
                        }
                    }

                    loads.Add(double.Parse(Orchestrator.LoadAverage().Split(' ')[0], CultureInfo.InvariantCulture));
                    Orchestrator.Log(string.Create(CultureInfo.InvariantCulture, $"web {label} run {run}: wrk on the search page (load average {loads[^1]:0.00})"));
                    pages.Add(await MeasuredAsync(app, cpu, "pages", () => Wrk.RunAsync(pageScript, app.Address, session.CookieHeader, duration, cancellationToken)).ConfigureAwait(false));
                    Orchestrator.Log($"web {label} run {run}: wrk on the search API");
                    apis.Add(await MeasuredAsync(app, cpu, "apis", () => Wrk.RunAsync(apiScript, app.Address, session.CookieHeader, duration, cancellationToken)).ConfigureAwait(false));
                    // The page's counts come after its hits, from their own request (what the page's script asks for):
                    // that request alone, and page and counts in turn, as browsers with script ask them. BENCH_WEB_COUNTS=false
                    // leaves them out, for a build from before the counts had their own request.
                    if (WebSession.CountsPanel)
                    {
                        Orchestrator.Log($"web {label} run {run}: wrk on the search page's counts panel, then on page and counts in turn");
                        counts.Add(await MeasuredAsync(app, cpu, "counts", () => Wrk.RunAsync(facetsScript, app.Address, session.CookieHeader, duration, cancellationToken)).ConfigureAwait(false));
                        both.Add(await MeasuredAsync(app, cpu, "both", () => Wrk.RunAsync(bothScript, app.Address, session.CookieHeader, duration, cancellationToken)).ConfigureAwait(false));
                    }
                    peaks.Add(app.PeakWorkingSetBytes() / Mb);
                    startUps.Add(startUp.TotalSeconds);
                    Orchestrator.Log(string.Create(CultureInfo.InvariantCulture, $"web {label} run {run}: page {pages[^1].RequestsPerSecond:0.0} req/s, API {apis[^1].RequestsPerSecond:0.0} req/s, VmHWM {peaks[^1]:0} MB"));
                }
                catch (Exception ex) when (ex is InvalidOperationException or HttpRequestException or TaskCanceledException)
                {
                    // The app's own log says why its answers failed; the work folder holding it is deleted at the end.
                    throw new InvalidOperationException($"web {label} run {run}: {ex.Message}\nlast lines of the web app's log:\n{app.LogTail(30)}", ex);
                }
            }
        }

        var group = $"Web: {label} passages";
        var how = string.Create(CultureInfo.InvariantCulture, $"wrk, {Wrk.Connections} connections, {Wrk.Threads} threads, {duration.TotalSeconds:0} s, the mix cycled");
        foreach (var (name, results) in new[] { ("search page GET /?q=", pages), ("search API GET /api/search?q=", apis), ("counts panel GET /?handler=facets&q=", counts), ("page and counts in turn", both) })
        {
            if (results.Count == 0)
            {
                continue;
            }

            figures.Add(new Figure(group, name + " requests/s", "req/s", results.Select(r => r.RequestsPerSecond).ToList(), how + string.Create(CultureInfo.InvariantCulture, $"; {results.Sum(r => r.Requests):N0} requests in all, every one 2xx")));
            figures.Add(new Figure(group, name + " p50", "ms", results.Select(r => r.P50).ToList(), "wrk's latency histogram"));
            figures.Add(new Figure(group, name + " p95", "ms", results.Select(r => r.P95).ToList()));
            figures.Add(new Figure(group, name + " p99", "ms", results.Select(r => r.P99).ToList()));
        }

        foreach (var (key, name) in new[] { ("pages", "search page"), ("apis", "search API"), ("counts", "counts panel"), ("both", "page and counts in turn") })
        {
            if (cpu.TryGetValue(key, out var perRequest))
            {
                figures.Add(new Figure(group, name + " CPU per request", "ms", perRequest, "the web process's CPU time (all threads) during the wrk run over its requests: what load average does not move much"));
            }
        }

        figures.Add(new Figure(group, "web process peak working set (VmHWM)", "MB", peaks, "/proc/PID/status after the warm-up pass and both wrk runs"));
        figures.Add(new Figure(group, "start-up until the app answers", "s", startUps, "run 1 is the data folder's first start: migrations, recipes, index catch-up and theme warm-up"));
        figures.Add(new Figure(group, "1-minute load average before wrk", "", loads, "other work on the shared 2-core machine"));
        figures.Add(new Figure(group, "queries of the mix with hits (API, warm-up pass)", "queries", withHits, string.Create(CultureInfo.InvariantCulture, $"of {QueryMix.All.Count}")));
    }

    // One wrk run with the web process's CPU time per request it answered.
    private static async Task<WrkResult> MeasuredAsync(WebAppProcess app, Dictionary<string, List<double>> cpu, string key, Func<Task<WrkResult>> run)
    {
        var before = app.CpuTime();
        var result = await run().ConfigureAwait(false);
        var used = app.CpuTime() - before;
        if (!cpu.TryGetValue(key, out var list))
        {
            cpu[key] = list = [];
        }

        list.Add(used.TotalMilliseconds / Math.Max(1, result.Requests));
        return result;
    }
}
