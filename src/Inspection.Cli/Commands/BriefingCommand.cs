using System.CommandLine;
using Inspection.Application.Exports;
using Inspection.Cli.Hosting;
using Inspection.Cli.Output;
using Inspection.Content.Evidence;
using Inspection.Content.Store;
using Inspection.Readiness.Briefing;

namespace Inspection.Cli.Commands;

/// <summary><c>inspection briefing --theme ID [--organisation NAME] [--out FILE]</c>: the one-page visit briefing (HTML when FILE ends .html, else text).</summary>
public static class BriefingCommand
{
    public static Command Create(CommandRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var theme = new Option<string>("--theme") { Description = "A framework area or theme id (e.g. send-2016, ilacs/help-and-protection)", Required = true };
        var organisation = new Option<string?>("--organisation") { Description = "Only findings and evidence of this organisation (e.g. \"Medway Council\")" };
        var output = new Option<string?>("--out") { Description = "Write to this file: printable HTML when it ends .html, else plain text" };
        var allow = new Option<string[]>("--allow")
        {
            Description = "Classifications the reader may see (default: all)",
            DefaultValueFactory = _ => [.. Classifications.All],
        };
        allow.AcceptOnlyFromAmong([.. Classifications.All]);
        var command = new Command("briefing", "A one-page briefing on a theme before a visit") { theme, organisation, output, allow };
        runner.Attach(command, (context, cancellationToken) => FindingsCommand.GuardAsync(runner, context, async () =>
        {
            await SearchCatchUp.RunAsync(context, cancellationToken).ConfigureAwait(false);
            var caller = await ConsoleCaller.FromAsync(context, cancellationToken, allow: allow).ConfigureAwait(false);
            var file = context.Value(output);
            if (file is null)
            {
                var shown = await context.Get<IVisitBriefingService>()
                    .BuildAsync(context.Value(theme)!, context.Value(organisation), caller.AllowedClassifications, cancellationToken)
                    .ConfigureAwait(false);
                await context.Console.Out.WriteAsync(context.Json ? CliJson.Indented(shown) + "\n" : BriefingTextRenderer.Render(shown)).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            // A briefing written to a file leaves the repository as the web's downloads do, and is audited as they are.
            var html = file.EndsWith(".html", StringComparison.OrdinalIgnoreCase);
            var briefing = await context.Get<ReadinessExports>()
                .BriefingAsync(context.Value(theme)!, context.Value(organisation), html ? "printable page" : "text file", caller, cancellationToken)
                .ConfigureAwait(false);
            var path = Path.GetFullPath(file);
            await WholeFile.WriteTextAsync(path, html ? BriefingHtmlRenderer.Render(briefing) : BriefingTextRenderer.Render(briefing), cancellationToken).ConfigureAwait(false);
            await context.Console.Out.WriteLineAsync(context.Json
                ? CliJson.Line(new { file = path, format = html ? "html" : "text", findings = briefing.Findings.Count, gaps = briefing.Gaps.Count })
                : $"Briefing written to {path}").ConfigureAwait(false);
            return ExitCodes.Success;
        }));
        return command;
    }
}
