using System.Globalization;

namespace Inspection.Web.Tests.Canary;

/// <summary>
/// Walks the whole site as one account over a <see cref="CanaryStore"/> and lists every way it showed something that
/// account may not see: a canary word or a restricted id in any body or header, a server error, or a restricted id that
/// answers differently from an id that does not exist.
/// </summary>
public static partial class CanaryWalk
{
    private const int Budget = 320;
    private const int PerShape = 12;
    private const string NoSuchId = "zzzzzzzzzzzzzzzzzzzzzzzzzz";

    public static async Task<IReadOnlyList<string>> ProblemsAsync(CanaryStore store, string user)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var session = await store.SignInAsync(user);
        var templates = ReadmeRoutes.Templates();
        var visits = await new SiteWalker(session, Budget, PerShape).WalkAsync(Seeds(store, templates));
        var forbidden = store.ForbiddenFor(user);
        var problems = new List<string>();
        foreach (var visit in visits)
        {
            if (visit.Status >= 500)
            {
                problems.Add($"{user}: GET {visit.Url} answered {visit.Status}");
            }

            // What the caller typed into the address may come back to them (a search box, "no document has the id ..."): that tells them nothing.
            var asked = Uri.UnescapeDataString(visit.Url);
            foreach (var secret in forbidden.Where(f => !asked.Contains(f, StringComparison.OrdinalIgnoreCase)))
            {
                Report(problems, user, visit, secret, visit.Body, "body");
                Report(problems, user, visit, secret, visit.Headers, "headers");
            }
        }

        // The walk must have reached the pages that matter, or its silence proves nothing.
        var reached = visits.Where(v => v.Status == 200).Select(v => v.Url.Split('?')[0]).ToHashSet(StringComparer.Ordinal);
        foreach (var page in new[] { "/", "/documents", "/findings", $"/findings/{store.OfficialFindingId}", "/plan", "/coverage", "/briefing", "/api/findings", "/api/documents" })
        {
            if (!reached.Contains(page))
            {
                problems.Add($"{user}: the walk never read {page} (it read {visits.Count} responses)");
            }
        }

        problems.AddRange(await OraclesAsync(store, session, user, templates));
        return problems;
    }

    /// <summary>Every route the README names (ids of every kind substituted, restricted ones included), and searches for the canaries.</summary>
    public static IReadOnlyList<string> Seeds(CanaryStore store, IReadOnlyList<string> templates)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(templates);
        var seeds = new List<string>();
        foreach (var template in templates)
        {
            if (template.Contains("{framework}", StringComparison.Ordinal))
            {
                seeds.AddRange(store.Frameworks.Select(f => template.Replace("{framework}", f, StringComparison.Ordinal)));
            }
            else if (template.Contains("{id}", StringComparison.Ordinal))
            {
                seeds.AddRange(IdsFor(store, template).Append(NoSuchId).Select(id => template.Replace("{id}", id, StringComparison.Ordinal)));
            }
            else
            {
                seeds.Add(template);
            }
        }

        var words = CanaryStore.Markers.Values.SelectMany(m => m).Concat(["Quillfeathr", "Thistlewait", "supervision"]);
        foreach (var word in words)
        {
            var q = Uri.EscapeDataString(word);
            seeds.Add($"/?q={q}");
            // The search page's counts, in the page when asked and alone as its script loads them.
            seeds.Add($"/?q={q}&counts=true");
            seeds.Add($"/?handler=facets&q={q}");
            seeds.Add($"/api/search?q={q}&facets=true");
            seeds.Add($"/api/search?q={q}&byDocument=true&sort=newest");
        }

        seeds.AddRange(store.Restricted.Where(r => r.What == "document").Select(r => $"/documents/{r.Id}?handler=original"));
        seeds.AddRange(
        [
            $"/plan?finding={store.PersonalFindingId}",
            $"/admin/audit?document={store.PersonalLetterId}",
            "/briefing?theme=ilacs",
            "/briefing?theme=ilacs&handler=print",
            "/packs?theme=ilacs&include=Official&include=Official-Sensitive&include=Personal",
            "/api/findings?status=in-progress",
        ]);
        return seeds;
    }

    private static IEnumerable<string> IdsFor(CanaryStore store, string template)
    {
        var kind = template.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(s => s != "api") switch
        {
            "documents" => "document",
            "findings" => "finding",
            "jobs" => "upload job",
            _ => null,
        };
        return store.Restricted.Where(r => kind is null || r.What == kind).Select(r => r.Id)
            .Concat(kind == "finding" ? [store.OfficialFindingId] : []);
    }

    /// <summary>A restricted id must answer exactly as an id that does not exist does: same status, same words.</summary>
    private static async Task<IReadOnlyList<string>> OraclesAsync(CanaryStore store, Infrastructure.WebSession session, string user, IReadOnlyList<string> templates)
    {
        var problems = new List<string>();
        var hidden = store.ForbiddenFor(user).ToHashSet(StringComparer.Ordinal);
        foreach (var template in templates.Where(t => t.Contains("{id}", StringComparison.Ordinal)))
        {
            foreach (var id in IdsFor(store, template).Where(hidden.Contains))
            {
                var (status, body) = await ReadAsync(session, template.Replace("{id}", id, StringComparison.Ordinal));
                var fake = new string('z', id.Length);
                var (fakeStatus, fakeBody) = await ReadAsync(session, template.Replace("{id}", fake, StringComparison.Ordinal));
                if (status != fakeStatus || !string.Equals(body.Replace(id, "{id}", StringComparison.Ordinal), fakeBody.Replace(fake, "{id}", StringComparison.Ordinal), StringComparison.Ordinal))
                {
                    problems.Add(string.Create(CultureInfo.InvariantCulture, $"{user}: {template} with a restricted id answered {status}, with an unknown id {fakeStatus}, or the bodies differ"));
                }
            }
        }

        return problems;
    }

    private static async Task<(int Status, string Body)> ReadAsync(Infrastructure.WebSession session, string url)
    {
        using var response = await session.Client.GetAsync(new Uri(url, UriKind.Relative));
        var location = response.Headers.Location?.OriginalString ?? "";
        // Per-request values (anti-forgery tokens, trace ids) differ between any two responses.
        var body = Volatile().Replace(await response.Content.ReadAsStringAsync(), "");
        return ((int)response.StatusCode, location + "\n" + body);
    }

    private static void Report(List<string> problems, string user, Visit visit, string secret, string text, string where)
    {
        var at = text.IndexOf(secret, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return;
        }

        var from = Math.Max(0, at - 80);
        var excerpt = text[from..Math.Min(text.Length, at + secret.Length + 80)].ReplaceLineEndings(" ");
        problems.Add($"{user}: GET {visit.Url} ({visit.Status}) shows '{secret}' in its {where}: …{excerpt}…");
    }

    [System.Text.RegularExpressions.GeneratedRegex("(name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]*\")|(\"traceId\":\"[^\"]*\")")]
    private static partial System.Text.RegularExpressions.Regex Volatile();
}
