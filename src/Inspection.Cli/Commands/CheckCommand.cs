using System.CommandLine;
using System.Globalization;
using Inspection.Application.Operations;
using Inspection.Cli.Hosting;
using Inspection.Cli.Output;

namespace Inspection.Cli.Commands;

/// <summary>
/// <c>inspection check [--quick]</c>: the integrity check, for an administrator. Exit 0 when clean, 3 when it found
/// problems (each named in the report), 1 when it could not run.
/// </summary>
public static class CheckCommand
{
    public static Command Create(CommandRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var quick = new Option<bool>("--quick") { Description = "Check that each original is present without reading it to compare its hash" };
        var command = new Command("check", "Check the store against its originals, the search index, the kept theme results and unfinished upload jobs") { quick };
        runner.Attach(command, async (context, cancellationToken) =>
        {
            var caller = await ConsoleCaller.FromAsync(context, cancellationToken).ConfigureAwait(false);
            var report = await context.Get<IntegrityCheck>()
                .RunAsync(new IntegrityCheckOptions(HashOriginals: !context.Value(quick)), caller, cancellationToken).ConfigureAwait(false);
            if (context.Json)
            {
                await context.Console.Out.WriteLineAsync(CliJson.Indented(new
                {
                    dataDirectory = context.DataDirectory,
                    clean = report.IsClean,
                    report.Problems,
                    report.Notices,
                    sections = report.Sections.Select(s => new { s.Name, s.Title, s.Problems, s.Figures, s.Issues }),
                })).ConfigureAwait(false);
            }
            else
            {
                await WriteAsync(context.Console.Out, context.DataDirectory, report).ConfigureAwait(false);
            }

            return report.IsClean ? ExitCodes.Success : ExitCodes.ProblemsFound;
        });
        return command;
    }

    private static async Task WriteAsync(TextWriter output, string dataDirectory, IntegrityReport report)
    {
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Integrity check of {dataDirectory}: {(report.IsClean ? "clean" : $"{report.Problems} problem(s)")}, {report.Notices} notice(s)")).ConfigureAwait(false);
        foreach (var section in report.Sections)
        {
            await output.WriteLineAsync().ConfigureAwait(false);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{(section.Problems == 0 ? "ok      " : "PROBLEM ")} {section.Title}")).ConfigureAwait(false);
            if (section.Figures.Count > 0)
            {
                await output.WriteLineAsync("         " + string.Join(", ", section.Figures.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Key} {f.Value}")))).ConfigureAwait(false);
            }

            foreach (var issue in section.Issues)
            {
                await output.WriteLineAsync($"         {(issue.IsProblem ? "problem" : "notice ")}  {issue.Message}").ConfigureAwait(false);
            }
        }
    }
}
