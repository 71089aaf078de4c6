using System.Globalization;
using System.Text;
using Inspection.Bench.Search;

namespace Inspection.Bench.Web;

/// <summary>
/// The Lua script wrk runs: each thread cycles through the query mix (URL-encoded) from its own offset, counts
/// responses that are not 2xx (a 302 to the sign-in page included, which wrk itself does not count as an error),
/// and at the end prints wrk's own latency percentiles and counts as one JSON line.
/// </summary>
internal static class WrkScript
{
    public const string PagePath = "/?q=";
    public const string ApiPath = "/api/search?q=";

    /// <summary>The search page's counts panel, which the page's script asks for once the hits are shown.</summary>
    public const string FacetsPath = "/?handler=facets&q=";
    public const string ResultMarker = "BENCH-RESULT ";

    public static string Write(string directory, string pathPrefix, IReadOnlyList<BenchQuery> queries) =>
        Write(directory, [pathPrefix], queries, pathPrefix.StartsWith("/api", StringComparison.Ordinal) ? "api" : pathPrefix == FacetsPath ? "facets" : "page");

    /// <summary>A script whose requests go through the mix asking each query of every prefix in turn (the page, then its counts).</summary>
    public static string Write(string directory, IReadOnlyList<string> pathPrefixes, IReadOnlyList<BenchQuery> queries, string name)
    {
        ArgumentNullException.ThrowIfNull(pathPrefixes);
        ArgumentNullException.ThrowIfNull(queries);
        var text = new StringBuilder();
        text.AppendLine("-- Written by Inspection.Bench from its query mix.");
        text.AppendLine("local paths = {");
        foreach (var query in queries)
        {
            foreach (var pathPrefix in pathPrefixes)
            {
                // Escaped paths hold only unreserved characters and %XX, so they need no escaping as Lua strings.
                text.AppendLine(CultureInfo.InvariantCulture, $"  \"{pathPrefix}{Uri.EscapeDataString(query.Ours)}\",");
            }
        }

        text.AppendLine("}");
        text.AppendLine(CultureInfo.InvariantCulture, $$"""
            local threads = {}
            function setup(thread)
              thread:set("first", #threads * {{Math.Max(1, queries.Count * pathPrefixes.Count / 2)}})
              table.insert(threads, thread)
            end
            function init(args)
              n = first or 0
              bad = 0
              firstbad = 0
            end
            function request()
              n = n + 1
              return wrk.format(nil, paths[(n % #paths) + 1])
            end
            function response(status, headers, body)
              if status < 200 or status > 299 then
                bad = bad + 1
                if firstbad == 0 then firstbad = status end
              end
            end
            function done(summary, latency, requests)
              local b, f = 0, 0
              for _, t in ipairs(threads) do
                b = b + t:get("bad")
                if f == 0 then f = t:get("firstbad") end
              end
              local e = summary.errors
              io.write(string.format('{{ResultMarker}}{"requests":%.0f,"durationUs":%.0f,"p50Us":%.1f,"p95Us":%.1f,"p99Us":%.1f,"non2xx":%.0f,"firstBadStatus":%.0f,"socketErrors":%.0f}\n',
                summary.requests, summary.duration, latency:percentile(50), latency:percentile(95), latency:percentile(99), b, f,
                e.connect + e.read + e.write + e.timeout))
            end
            """);
        var file = Path.Combine(directory, "wrk-" + name + ".lua");
        File.WriteAllText(file, text.ToString());
        return file;
    }
}
