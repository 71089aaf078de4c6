using Inspection.Application.Searches;
using System.CommandLine;
using System.Globalization;
using Inspection.Cli.Hosting;
using Inspection.Cli.Output;
using Inspection.Content.Evidence;
using Inspection.Readiness.Themes;
using Inspection.Search;

namespace Inspection.Cli.Commands;

/// <summary><c>inspection search QUERY [filters] [--json]</c>, or <c>--batch</c>: one query per standard-input line, one JSON object per output line.</summary>
public static class SearchCommand
{
    public static Command Create(CommandRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var query = new Argument<string?>("query") { Description = "Words, \"phrases\", -exclusions, OR, and filters such as type:audit after:2021-01", Arity = ArgumentArity.ZeroOrOne };
        var type = new Option<string?>("--type") { Description = "Only this kind of evidence (audit, letter, InspectionLetter, ...)" };
        var theme = new Option<string?>("--theme") { Description = "Only evidence for this framework theme and its sub-themes: what its key phrases find, or what is tagged with it" };
        var after = new Option<string?>("--after") { Description = "Only evidence dated on or after this day, month or year: 01/09/2025, 09/2025, 2025-09 or 2025" };
        var before = new Option<string?>("--before") { Description = "Only evidence dated before this day, month or year: 30/09/2025, 09/2025, 2025-09 or 2025" };
        var top = new Option<int>("--top") { Description = "How many hits to show", DefaultValueFactory = _ => 10 };
        var group = new Option<bool>("--by-document") { Description = "One hit per document (its best passage)" };
        var batch = new Option<bool>("--batch") { Description = "Read one query per line from standard input; write one JSON object per line" };
        var allow = ConsoleCaller.AllowOption("search");
        var command = new Command("search", "Search the evidence") { query, type, theme, after, before, top, group, batch, allow };
        runner.Attach(command, async (context, cancellationToken) =>
        {
            // An option is the script's own setting, not words typed in a query: one that cannot be read is bad usage (as
            // the API's 400), not a filter quietly dropped from a search that then answers with everything.
            foreach (var (name, value) in new[] { ("--after", context.Value(after)), ("--before", context.Value(before)) })
            {
                if (value is not null && !Inspection.Content.Model.DateInput.TryParsePeriodStart(value, out _))
                {
                    var mistake = Inspection.Content.Model.DateInput.Mistake(value, "the day", "01/09/2025");
                    throw new UsageException(mistake.StartsWith("Enter ", StringComparison.Ordinal)
                        ? $"{name} '{value}' is not a date: write a day, a month or a year, like 01/09/2025, 09/2025 or 2025"
                        : $"{name} {mistake}");
                }
            }

            if (context.Value(top) < 1)
            {
                throw new UsageException("--top must be 1 or more");
            }

            if (await context.Get<EvidenceSearch>().UnknownKindAsync(context.Value(type), cancellationToken).ConfigureAwait(false) is { } unknown)
            {
                throw new UsageException($"--type {unknown}");
            }

            await SearchCatchUp.RunAsync(context, cancellationToken).ConfigureAwait(false);
            SearchRequest Request(string text) => new()
            {
                Query = WithFilters(text, ("after", context.Value(after)), ("before", context.Value(before))),
                Type = context.Value(type),
                Theme = context.Value(theme),
                Top = context.Value(top),
                GroupByDocument = context.Value(group),
                Facets = true,
            };

            // Trimmed to what the caller (--as, else --allow) may see and audited as the web does; a theme the catalog
            // knows (from --theme or typed as theme: in the query) is searched through its saved query.
            var caller = await ConsoleCaller.FromAsync(context, cancellationToken, allow: allow).ConfigureAwait(false);
            Task<SearchResults> SearchAsync(string text) => context.Get<EvidenceSearch>().SearchAsync(Request(text), caller, cancellationToken);

            if (context.Value(batch))
            {
                string? line;
                var number = 0;
                while ((line = await context.Console.Input.ReadLineAsync(cancellationToken).ConfigureAwait(false)) is not null)
                {
                    number++;
                    // Every line gets an answer, so answers line up with questions; a blank one gets an error object.
                    var answer = string.IsNullOrWhiteSpace(line)
                        ? (object)new { line = number, error = "the line is empty: type words to search for" }
                        : ToJson(await SearchAsync(line).ConfigureAwait(false));
                    await context.Console.Out.WriteLineAsync(CliJson.Line(answer)).ConfigureAwait(false);
                }

                return ExitCodes.Success;
            }

            var text = context.Value(query);
            if (string.IsNullOrWhiteSpace(text) && context.Value(type) is null && context.Value(theme) is null)
            {
                throw new UsageException("give a query (or --type/--theme), or --batch to read queries from standard input");
            }

            var results = await SearchAsync(text ?? "").ConfigureAwait(false);
            if (context.Json)
            {
                await context.Console.Out.WriteLineAsync(CliJson.Indented(ToJson(results))).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            await WriteTextAsync(context.Console.Out, results).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static string WithFilters(string text, params (string Name, string? Value)[] filters) =>
        string.Join(' ', [text, .. filters.Where(f => !string.IsNullOrWhiteSpace(f.Value)).Select(f => f.Value!.Any(char.IsWhiteSpace) ? $"{f.Name}:\"{f.Value!.Replace("\"", "", StringComparison.Ordinal).Trim()}\"" : $"{f.Name}:{f.Value}")]).Trim();

    private static object ToJson(SearchResults results) => new
    {
        query = results.Query,
        total = results.Total,
        message = results.Message,
        hits = results.Hits.Select(h => new
        {
            documentId = h.DocumentId,
            title = h.Title,
            kind = h.Kind,
            partKind = h.PartKind,
            date = h.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            sourceFile = h.SourceFile,
            pageFrom = h.PageFrom,
            pageTo = h.PageTo,
            passageId = h.PassageId,
            headingPath = h.HeadingPath,
            score = h.Score,
            snippet = h.Snippet,
            text = h.Text,
        }),
        facets = results.Facets is null ? null : new
        {
            kind = results.Facets.Kinds,
            year = results.Facets.Years,
            organisation = results.Facets.Organisations,
            theme = results.Facets.Themes,
        },
    };

    private static async Task WriteTextAsync(TextWriter output, SearchResults results)
    {
        if (results.Message is not null)
        {
            await output.WriteLineAsync(results.Message).ConfigureAwait(false);
        }

        await output.WriteLineAsync(results switch
        {
            { Total: 0, Hits.Count: > 0 } => string.Create(CultureInfo.InvariantCulture, $"0 matches; {results.Hits.Count} close in meaning"),
            { Total: 1 } => "1 match",
            _ => string.Create(CultureInfo.InvariantCulture, $"{results.Total} matches"),
        }).ConfigureAwait(false);
        var rank = 0;
        foreach (var hit in results.Hits)
        {
            var pages = hit.PageFrom == hit.PageTo ? $"p.{hit.PageFrom}" : $"pp.{hit.PageFrom}-{hit.PageTo}";
            await output.WriteLineAsync().ConfigureAwait(false);
            await output.WriteLineAsync($"{++rank}. {hit.Title} ({(hit.PartKind is { } part ? part + " in " : "")}{hit.Kind}, {UkDates.Format(hit.Date)}) {hit.SourceFile} {pages}").ConfigureAwait(false);
            if (hit.HeadingPath.Length > 0)
            {
                await output.WriteLineAsync($"   {hit.HeadingPath}").ConfigureAwait(false);
            }

            await output.WriteLineAsync($"   {hit.SnippetText}").ConfigureAwait(false);
            await output.WriteLineAsync($"   document {hit.DocumentId}, passage {hit.PassageId}").ConfigureAwait(false);
        }
    }
}
