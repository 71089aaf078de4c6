using System.CommandLine;
using System.Globalization;
using Inspection.Cli.Hosting;
using Inspection.Cli.Output;
using Inspection.Content.Evidence;
using Inspection.Content.Jobs;
using Inspection.Ingestion.Pipeline;
using Inspection.Readiness.Access;

namespace Inspection.Cli.Commands;

/// <summary><c>inspection ingest PATH... [--classification C] [--json]</c>: files and folders in, evidence out, as one resumable job.</summary>
public static class IngestCommand
{
    public static Command Create(CommandRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var paths = new Argument<string[]>("path") { Description = "Files or folders (searched recursively)", Arity = ArgumentArity.OneOrMore };
        var classification = new Option<string>("--classification")
        {
            Description = "Official, Official-Sensitive or Personal (audits naming children)",
            DefaultValueFactory = _ => Classifications.Official,
        };
        classification.AcceptOnlyFromAmong([.. Classifications.All]);
        var user = new Option<string>("--user") { Description = "Who is ingesting (recorded in the audit log)", DefaultValueFactory = _ => Environment.UserName };
        var command = new Command("ingest", "Ingest PDF, Word, HTML and text files as evidence") { paths, classification, user };
        runner.Attach(command, async (context, cancellationToken) =>
        {
            // As the upload page does: with --as, the person needs UploadEvidence and may file only what they could then read.
            var caller = await ConsoleCaller.FromAsync(context, cancellationToken, user: user).ConfigureAwait(false);
            await context.Get<AccessPolicy>().RequireAsync(caller, Permissions.UploadEvidence, "upload evidence", cancellationToken).ConfigureAwait(false);
            var chosen = context.Value(classification) ?? Classifications.Official;
            if (!caller.MaySee(chosen))
            {
                throw new UsageException($"your role may not upload {chosen} evidence");
            }

            var files = SourceFiles.Expand(context.Value(paths) ?? []);
            var settings = new IngestSettings(caller.UserName, chosen);
            var jobs = context.Get<IngestionJobRunner>();
            var reporter = new ProgressReporter(context);

            // Files a crashed run had accepted but not finished are done first.
            var resumed = await jobs.ResumeAsync(reporter, cancellationToken).ConfigureAwait(false);
            var outcomes = await jobs.RunAsync(files, settings, reporter, cancellationToken).ConfigureAwait(false);
            reporter.Finish();
            await SearchCatchUp.RunAfterChangeAsync(context, cancellationToken).ConfigureAwait(false);

            var all = resumed.Concat(outcomes).ToList();
            if (!context.Json)
            {
                await WriteSummaryAsync(context.Console.Out, all, resumed.Count).ConfigureAwait(false);
            }

            return all.Any(o => o.Status == IngestionItemStatuses.Rejected) ? ExitCodes.BadInput : ExitCodes.Success;
        });
        return command;
    }

    private static async Task WriteSummaryAsync(TextWriter output, List<IngestOutcome> outcomes, int resumed)
    {
        var created = outcomes.Where(o => o.Status == IngestionItemStatuses.Created).ToList();
        var duplicates = outcomes.Count(o => o.Status == IngestionItemStatuses.Duplicate);
        var rejected = outcomes.Where(o => o.Status == IngestionItemStatuses.Rejected).ToList();
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{created.Count} created ({created.Sum(o => o.Pages)} pages, {created.Sum(o => o.Passages)} passages, {created.Sum(o => o.Findings)} findings), {duplicates} already held, {rejected.Count} rejected")).ConfigureAwait(false);
        if (resumed > 0)
        {
            await output.WriteLineAsync($"({resumed} file(s) from an interrupted run were finished first)").ConfigureAwait(false);
        }

        foreach (var warning in outcomes.Where(o => o.Warning is not null && o.Status == IngestionItemStatuses.Created))
        {
            await output.WriteLineAsync($"warning: {warning.File}: {warning.Warning}").ConfigureAwait(false);
        }

        foreach (var rejection in rejected)
        {
            await output.WriteLineAsync($"rejected: {rejection.Error}").ConfigureAwait(false);
        }
    }

    /// <summary>A progress line rewritten in place on a terminal, one line per file when redirected, JSON lines under --json.</summary>
    private sealed class ProgressReporter(CommandContext context) : IProgress<IngestProgress>
    {
        private bool _drewBar;

        public void Report(IngestProgress value)
        {
            var latest = value.Latest;
            if (context.Json)
            {
                context.Console.Out.WriteLine(CliJson.Line(new
                {
                    file = latest.File,
                    status = latest.Status,
                    documentId = latest.DocumentId,
                    kind = latest.Kind,
                    pages = latest.Pages,
                    passages = latest.Passages,
                    findings = latest.Findings,
                    error = latest.Error,
                    warning = latest.Warning,
                }));
                return;
            }

            var rate = value.Elapsed.TotalSeconds > 0 ? value.Pages / value.Elapsed.TotalSeconds : 0;
            if (context.Console.IsInteractive)
            {
                context.Console.Out.Write(string.Create(CultureInfo.InvariantCulture,
                    $"\r{ProgressBar.Of(value.Done, value.Total)} {value.Done}/{value.Total} files, {value.Pages} pages, {rate:0} pages/s  "));
                _drewBar = true;
                return;
            }

            context.Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"[{value.Done}/{value.Total}] {latest.Status,-9} {latest.File}{(latest.Error is null ? "" : " - " + latest.Error)}"));
        }

        public void Finish()
        {
            if (_drewBar)
            {
                context.Console.Out.WriteLine();
            }
        }
    }
}
