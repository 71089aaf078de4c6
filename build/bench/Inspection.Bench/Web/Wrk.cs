using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Inspection.Bench.Web;

/// <summary>Runs wrk (Debian's package) with a script of <see cref="WrkScript"/> and reads its report.</summary>
internal static class Wrk
{
    public const int Connections = 20;

    // One wrk thread per core: wrk shares the two cores with the server it measures.
    public const int Threads = 2;

    public static async Task<WrkResult> RunAsync(string script, Uri address, string cookieHeader, TimeSpan duration, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("wrk")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "-t", Threads.ToString(CultureInfo.InvariantCulture),
            "-c", Connections.ToString(CultureInfo.InvariantCulture),
            "-d", ((int)duration.TotalSeconds).ToString(CultureInfo.InvariantCulture) + "s",
            // wrk's default 2 s timeout would drop slow responses from the latencies instead of counting them.
            "--timeout", "60s",
            "--latency",
            "-s", script,
            "-H", "Cookie: " + cookieHeader,
            address.ToString().TrimEnd('/'),
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start (install it: apt-get install wrk)");
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        var output = await process.StandardOutput.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        var stderr = await errors.ConfigureAwait(false);
        var lines = output.Split('\n', StringSplitOptions.TrimEntries);
        var marked = lines.FirstOrDefault(l => l.StartsWith(WrkScript.ResultMarker, StringComparison.Ordinal));
        var perSecond = lines.FirstOrDefault(l => l.StartsWith("Requests/sec:", StringComparison.Ordinal));
        if (process.ExitCode != 0 || marked is null || perSecond is null)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"wrk failed (exit code {process.ExitCode}): {stderr.Trim()} {output.Trim()}"));
        }

        using var json = JsonDocument.Parse(marked[WrkScript.ResultMarker.Length..]);
        var root = json.RootElement;
        var result = new WrkResult(
            Requests: (long)root.GetProperty("requests").GetDouble(),
            Seconds: root.GetProperty("durationUs").GetDouble() / 1e6,
            RequestsPerSecond: double.Parse(perSecond["Requests/sec:".Length..].Trim(), CultureInfo.InvariantCulture),
            P50: root.GetProperty("p50Us").GetDouble() / 1000,
            P95: root.GetProperty("p95Us").GetDouble() / 1000,
            P99: root.GetProperty("p99Us").GetDouble() / 1000,
            Non2xx: (long)root.GetProperty("non2xx").GetDouble(),
            FirstBadStatus: (int)root.GetProperty("firstBadStatus").GetDouble(),
            SocketErrors: (long)root.GetProperty("socketErrors").GetDouble());

        // A benchmark of error pages or sign-in redirects would look fast: any response that is not 2xx fails the phase.
        if (result.Requests == 0 || result.Non2xx > 0 || result.SocketErrors > 0 || lines.Any(l => l.StartsWith("Non-2xx or 3xx responses", StringComparison.Ordinal)))
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"wrk on {Path.GetFileName(script)}: {result.Requests} requests, {result.Non2xx} not 2xx (first HTTP {result.FirstBadStatus}), {result.SocketErrors} socket errors or timeouts"));
        }

        return result;
    }
}
