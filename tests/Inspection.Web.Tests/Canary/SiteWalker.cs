using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Inspection.Web.Tests.Infrastructure;

namespace Inspection.Web.Tests.Canary;

/// <summary>
/// Reads a site as a signed-in person would explore it: every seed, then every same-site link and every GET form (with
/// each of its choices) that the pages show, breadth first, within a budget. Sign-out and static files are left alone.
/// </summary>
public sealed partial class SiteWalker(WebSession session, int budget, int perShape)
{
    private static readonly string[] Skipped = ["/account/sign-out", "/css/", "/js/", "/lib/", "/favicon"];

    public async Task<IReadOnlyList<Visit>> WalkAsync(IEnumerable<string> seeds)
    {
        var visits = new List<Visit>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var shapes = new Dictionary<string, int>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        foreach (var seed in seeds)
        {
            if (seen.Add(seed))
            {
                queue.Enqueue(seed);
            }
        }

        while (queue.TryDequeue(out var url) && visits.Count < budget)
        {
            using var response = await session.Client.GetAsync(new Uri(url, UriKind.Relative));
            var bytes = await response.Content.ReadAsByteArrayAsync();
            var body = Encoding.UTF8.GetString(bytes);
            var headers = string.Join('\n', response.Headers.Concat(response.Content.Headers).Select(h => $"{h.Key}: {string.Join(", ", h.Value)}"));
            visits.Add(new Visit(url, (int)response.StatusCode, headers, body));

            var found = new List<string>();
            if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther && response.Headers.Location is { } location)
            {
                found.Add(location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString);
            }

            if (response.Content.Headers.ContentType?.MediaType == "text/html")
            {
                found.AddRange(Links(body));
                found.AddRange(Forms(body));
            }

            foreach (var link in found.Select(Normalise).OfType<string>())
            {
                var shape = Shape(link);
                if (!seen.Contains(link) && shapes.GetValueOrDefault(shape) < perShape)
                {
                    seen.Add(link);
                    shapes[shape] = shapes.GetValueOrDefault(shape) + 1;
                    queue.Enqueue(link);
                }
            }
        }

        return visits;
    }

    private static IEnumerable<string> Links(string html) =>
        Href().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups["url"].Value));

    /// <summary>Each GET form once with its defaults and once per choice of each of its lists (a few choices each).</summary>
    private static IEnumerable<string> Forms(string html)
    {
        foreach (Match form in Form().Matches(html))
        {
            var tag = form.Groups["tag"].Value;
            var method = Attribute(tag, "method");
            if (method is not null && !method.Equals("get", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var action = Attribute(tag, "action") ?? "/";
            var inner = form.Groups["inner"].Value;
            var fields = new List<(string Name, string Value)>();
            foreach (Match input in Input().Matches(inner))
            {
                var attributes = input.Value;
                var type = Attribute(attributes, "type") ?? "text";
                var name = Attribute(attributes, "name");
                if (name is null || type is "submit" or "button" || (type is "checkbox" or "radio" && !attributes.Contains("checked", StringComparison.Ordinal)))
                {
                    continue;
                }

                fields.Add((name, Attribute(attributes, "value") ?? ""));
            }

            yield return Url(action, fields);
            foreach (Match select in Select().Matches(inner))
            {
                var name = Attribute(select.Groups["tag"].Value, "name");
                if (name is null)
                {
                    continue;
                }

                foreach (var option in Option().Matches(select.Groups["inner"].Value).Select(o => WebUtility.HtmlDecode(o.Groups["value"].Value)).Take(6))
                {
                    yield return Url(action, [.. fields, (name, option)]);
                }
            }
        }
    }

    private static string Url(string action, IEnumerable<(string Name, string Value)> fields)
    {
        var query = string.Join('&', fields.Select(f => $"{Uri.EscapeDataString(f.Name)}={Uri.EscapeDataString(f.Value)}"));
        return query.Length == 0 ? WebUtility.HtmlDecode(action) : $"{WebUtility.HtmlDecode(action)}?{query}";
    }

    private static string? Normalise(string link)
    {
        var url = link.Split('#')[0];
        if (!url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal) || Skipped.Any(s => url.StartsWith(s, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        return url;
    }

    /// <summary>The link with ids and query values blanked, so that one kind of page is not read hundreds of times.</summary>
    private static string Shape(string url)
    {
        var path = url.Split('?')[0];
        var query = url.Contains('?', StringComparison.Ordinal) ? "?" + string.Join('&', url.Split('?', 2)[1].Split('&').Select(p => p.Split('=')[0]).Order(StringComparer.Ordinal)) : "";
        return IdSegment().Replace(path, "{id}") + query;
    }

    private static string? Attribute(string tag, string name)
    {
        var match = Regex.Match(tag, $"\\b{name}=\"(?<v>[^\"]*)\"", RegexOptions.IgnoreCase);
        return match.Success ? WebUtility.HtmlDecode(match.Groups["v"].Value) : null;
    }

    [GeneratedRegex("href=\"(?<url>[^\"]*)\"")]
    private static partial Regex Href();

    [GeneratedRegex("<form\\b(?<tag>[^>]*)>(?<inner>.*?)</form>", RegexOptions.Singleline)]
    private static partial Regex Form();

    [GeneratedRegex("<input\\b[^>]*>")]
    private static partial Regex Input();

    [GeneratedRegex("<select\\b(?<tag>[^>]*)>(?<inner>.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex Select();

    [GeneratedRegex("<option\\b[^>]*value=\"(?<value>[^\"]*)\"")]
    private static partial Regex Option();

    [GeneratedRegex("/[a-z0-9]{20,}")]
    private static partial Regex IdSegment();
}
