using Inspection.Application.Packs;
using System.CommandLine;
using System.Globalization;
using Inspection.Cli.Hosting;
using Inspection.Cli.Output;
using Inspection.Content.Evidence;
using Inspection.Content.Store;
using Inspection.Readiness.Packs;

namespace Inspection.Cli.Commands;

/// <summary><c>inspection pack --theme ID --out FILE.zip [--include C]</c>: an evidence pack for inspectors (index page, manifest, originals).</summary>
public static class PackCommand
{
    public static Command Create(CommandRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var theme = new Option<string>("--theme") { Description = "A framework or theme id (e.g. ilacs, ilacs/care-leavers, send-2016)", Required = true };
        var output = new Option<string>("--out") { Description = "The ZIP file to write", Required = true };
        var include = new Option<string[]>("--include")
        {
            Description = "Classifications to put in the pack (default: Official and Official-Sensitive; add Personal only when inspectors need it)",
            DefaultValueFactory = _ => [Classifications.Official, Classifications.OfficialSensitive],
        };
        include.AcceptOnlyFromAmong([.. Classifications.All]);
        var max = new Option<int>("--max-documents") { Description = "At most this many documents found by the theme (letters with its findings always go in)", DefaultValueFactory = _ => EvidencePackRequest.DefaultMaxDocuments };
        var command = new Command("pack", "Write an evidence pack for a theme: an index page, a manifest and the original files, in one ZIP") { theme, output, include, max };
        runner.Attach(command, (context, cancellationToken) => FindingsCommand.GuardAsync(runner, context, async () =>
        {
            var path = Path.GetFullPath(context.Value(output)!);
            if (!path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            {
                throw new UsageException($"{path}: the pack is a ZIP file; give a name ending .zip");
            }

            // Checked before the pack is built, and named as given: the file is first written beside it under a temporary name.
            if (Path.GetDirectoryName(path) is { } folder && !Directory.Exists(folder))
            {
                throw new UsageException($"{path}: the folder {folder} does not exist");
            }

            if (context.Value(max) is < 1 or > EvidencePackRequest.MostDocuments)
            {
                throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--max-documents must be from 1 to {EvidencePackRequest.MostDocuments}"));
            }

            await SearchCatchUp.RunAsync(context, cancellationToken).ConfigureAwait(false);
            var packs = context.Get<EvidencePacks>();
            var caller = await ConsoleCaller.FromAsync(context, cancellationToken).ConfigureAwait(false);
            var plan = await packs.PlanAsync(context.Value(theme)!, context.Value(include) ?? [], context.Value(max), caller, cancellationToken).ConfigureAwait(false);

            // Written beside the target and renamed at the end, so a failed pack never leaves a half-written file under its name.
            await WholeFile.WriteAsync(path, (file, ct) => packs.WriteAsync(plan, caller, file, ct), cancellationToken).ConfigureAwait(false);

            await context.Console.Out.WriteLineAsync(context.Json
                ? CliJson.Line(new { file = path, theme = plan.Briefing.ThemeId, documents = plan.Documents.Count, findings = plan.Briefing.Findings.Count, gaps = plan.Briefing.Gaps.Count, leftOut = plan.LeftOut })
                : $"Evidence pack for {plan.Briefing.ThemeTitle}: {plan.Documents.Count} document(s) written to {path}"
                    + string.Concat(plan.LeftOut.Select(l => $"{Environment.NewLine}Not in it: {l.Value} {l.Key} document(s) on this theme (--include {l.Key} adds them)"))).ConfigureAwait(false);
            return ExitCodes.Success;
        }));
        return command;
    }
}
