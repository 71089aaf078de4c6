using System.CommandLine;
using System.Globalization;
using Inspection.Cli.Hosting;
using Inspection.Cli.Output;
using Inspection.Content.Evidence;
using Inspection.Readiness.Coverage;
using Inspection.Readiness.Frameworks;

namespace Inspection.Cli.Commands;

/// <summary><c>inspection coverage --framework ID [--json]</c>: evidence held against each theme, how recent, and the gaps to act on.</summary>
public static class CoverageCommand
{
    public static Command Create(CommandRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var framework = new Option<string>("--framework") { Description = "The framework (ilacs, send-2016, send-2023, eif)", Required = true };
        var allow = new Option<string[]>("--allow")
        {
            Description = "Classifications the caller may see (default: all; e.g. --allow Official to count as a Viewer)",
            DefaultValueFactory = _ => [.. Classifications.All],
        };
        allow.AcceptOnlyFromAmong([.. Classifications.All]);
        var command = new Command("coverage", "Evidence against each theme of a framework, with gaps") { framework, allow };
        runner.Attach(command, async (context, cancellationToken) =>
        {
            var id = context.Value(framework)!;
            var catalog = context.Get<IFrameworkCatalog>();
            if (await catalog.GetAsync(id, cancellationToken).ConfigureAwait(false) is null)
            {
                throw ThemesCommand.UnknownFramework(id, await catalog.ListAsync(cancellationToken).ConfigureAwait(false));
            }

            await SearchCatchUp.RunAsync(context, cancellationToken).ConfigureAwait(false);
            var coverage = await context.Get<ICoverageService>().GetAsync(id, (await ConsoleCaller.FromAsync(context, cancellationToken, allow: allow).ConfigureAwait(false)).AllowedClassifications, cancellationToken).ConfigureAwait(false);
            if (context.Json)
            {
                await context.Console.Out.WriteLineAsync(CliJson.Indented(new
                {
                    framework = coverage.Framework,
                    themes = coverage.Themes.Select(t => new
                    {
                        id = t.Id,
                        title = t.Title,
                        passages = t.Passages,
                        documents = t.Documents,
                        latestEvidence = t.LatestEvidence?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                        byKind = t.ByKind,
                        gaps = t.Gaps.Select(g => new { code = g.Code, reason = g.Reason }),
                    }),
                })).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            await WriteTextAsync(context.Console.Out, coverage).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task WriteTextAsync(TextWriter output, FrameworkCoverage coverage)
    {
        await output.WriteLineAsync($"{coverage.Title} ({coverage.Framework})").ConfigureAwait(false);
        await output.WriteLineAsync().ConfigureAwait(false);
        var table = new TextTable("Theme", "Passages", "Documents", "Latest evidence", "Gaps");
        foreach (var theme in coverage.Themes)
        {
            var depth = theme.Id.Count(c => c == '/') - 1;
            table.Add(
                new string(' ', depth * 2) + theme.Id,
                theme.Passages.ToString(CultureInfo.InvariantCulture),
                theme.Documents.ToString(CultureInfo.InvariantCulture),
                UkDates.Format(theme.LatestEvidence),
                string.Join(", ", theme.Gaps.Select(g => g.Code)));
        }

        await table.WriteAsync(output).ConfigureAwait(false);
        var withGaps = coverage.Themes.Where(t => t.Gaps.Count > 0).ToList();
        if (withGaps.Count == 0)
        {
            return;
        }

        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync("Gaps to act on:").ConfigureAwait(false);
        foreach (var theme in withGaps)
        {
            await output.WriteLineAsync($"{theme.Id} ({theme.Title})").ConfigureAwait(false);
            foreach (var gap in theme.Gaps)
            {
                await output.WriteLineAsync($"  {gap.Code}: {gap.Reason}").ConfigureAwait(false);
            }
        }
    }
}
