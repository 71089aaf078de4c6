using System.CommandLine;
using System.Globalization;
using Inspection.Application.Findings;
using Inspection.Cli.Hosting;
using Inspection.Cli.Output;
using Inspection.Content.Evidence;
using Inspection.Readiness;
using Inspection.Readiness.Authority;
using Inspection.Readiness.Findings;

namespace Inspection.Cli.Commands;

/// <summary>
/// <c>inspection findings [--status S]</c>, <c>findings link ID --action ACTION_ID | --evidence PASSAGE_ID</c> and
/// <c>findings status ID STATUS</c> and <c>findings evidence ID [--words W]</c>: the findings tracker.
/// </summary>
public static class FindingsCommand
{
    public static Command Create(CommandRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var status = new Option<string?>("--status") { Description = "Only findings with this status: " + string.Join(", ", FindingStatuses.All) };
        var organisation = OrganisationOption("findings");
        var allow = ConsoleCaller.AllowOption("list findings");
        var command = new Command("findings", "Inspection findings with their status, actions, evidence and history across visits") { status, organisation, allow };
        runner.Attach(command, (context, cancellationToken) => GuardAsync(runner, context, async () =>
        {
            var findings = await context.Get<FindingService>()
                .ListAsync(context.Value(status), OrganisationFilter.Parse(context.Value(organisation)), await ConsoleCaller.FromAsync(context, cancellationToken, allow: allow).ConfigureAwait(false), cancellationToken)
                .ConfigureAwait(false);
            if (context.Json)
            {
                await context.Console.Out.WriteLineAsync(CliJson.Indented(findings.Select(ToJson))).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            await WriteTextAsync(context.Console.Out, findings).ConfigureAwait(false);
            return ExitCodes.Success;
        }));
        command.Subcommands.Add(CreateLink(runner));
        command.Subcommands.Add(CreateStatus(runner));
        command.Subcommands.Add(CreateEvidence(runner));
        return command;
    }

    /// <summary><c>--organisation</c>: ours (the default), elsewhere, all, or one organisation by name however it is written.</summary>
    internal static Option<string?> OrganisationOption(string what) => new("--organisation")
    {
        Description = $"Whose {what}: ours (the authority this repository serves; the default), elsewhere (other organisations'), all, or an organisation's name",
    };

    /// <summary>Readiness services report bad ids and statuses as <see cref="ReadinessException"/>: bad input, exit code 2.</summary>
    internal static async Task<int> GuardAsync(CommandRunner runner, CommandContext context, Func<Task<int>> work)
    {
        try
        {
            return await work().ConfigureAwait(false);
        }
        catch (ReadinessException ex)
        {
            return runner.WriteError(ex.Message, context.Json);
        }
    }

    private static Command CreateLink(CommandRunner runner)
    {
        var id = new Argument<string>("id") { Description = "The finding's id" };
        var action = new Option<string?>("--action") { Description = "Link this Action (of an action plan) by its content item id" };
        var evidence = new Option<string?>("--evidence") { Description = "Link this passage as evidence by its passage id" };
        var user = UserOption();
        var command = new Command("link", "Link an action or a piece of evidence to a finding") { id, action, evidence, user };
        runner.Attach(command, (context, cancellationToken) => GuardAsync(runner, context, async () =>
        {
            var actionId = context.Value(action);
            var passageId = context.Value(evidence);
            if ((actionId is null) == (passageId is null))
            {
                throw new UsageException("give exactly one of --action ACTION_ID or --evidence PASSAGE_ID");
            }

            var findings = context.Get<FindingService>();
            var caller = await ConsoleCaller.FromAsync(context, cancellationToken, user).ConfigureAwait(false);
            var findingId = context.Value(id)!;
            var finding = actionId is not null
                ? await findings.LinkActionAsync(findingId, actionId, caller, cancellationToken).ConfigureAwait(false)
                : await findings.LinkEvidenceAsync(findingId, passageId!, caller, cancellationToken).ConfigureAwait(false);
            return await WriteOneAsync(context, finding).ConfigureAwait(false);
        }));
        return command;
    }

    private static Command CreateStatus(CommandRunner runner)
    {
        var id = new Argument<string>("id") { Description = "The finding's id" };
        var value = new Argument<string>("status") { Description = string.Join(", ", FindingStatuses.All) };
        var user = UserOption();
        var command = new Command("status", "Set a finding's status") { id, value, user };
        runner.Attach(command, (context, cancellationToken) => GuardAsync(runner, context, async () =>
        {
            var finding = await context.Get<FindingService>()
                .SetStatusAsync(context.Value(id)!, context.Value(value)!, await ConsoleCaller.FromAsync(context, cancellationToken, user).ConfigureAwait(false), cancellationToken)
                .ConfigureAwait(false);
            return await WriteOneAsync(context, finding).ConfigureAwait(false);
        }));
        return command;
    }

    private static Command CreateEvidence(CommandRunner runner)
    {
        var id = new Argument<string>("id") { Description = "The finding's id" };
        var words = new Option<string?>("--words") { Description = "Search these words instead of the finding's own telling words" };
        var user = ConsoleCaller.UserOption("searching for evidence");
        var allow = ConsoleCaller.AllowOption("search for evidence");
        var command = new Command("evidence", "Passages you could link as evidence for a finding (not its own letter, not those already linked), marked when dated after the visit") { id, words, user, allow };
        runner.Attach(command, (context, cancellationToken) => GuardAsync(runner, context, async () =>
        {
            var found = await context.Get<FindingEvidenceSearch>()
                .CandidatesAsync(context.Value(id)!, context.Value(words), await ConsoleCaller.FromAsync(context, cancellationToken, user, allow).ConfigureAwait(false), cancellationToken)
                .ConfigureAwait(false);
            if (context.Json)
            {
                await context.Console.Out.WriteLineAsync(CliJson.Indented(new
                {
                    finding = found.Finding.Finding.FindingId,
                    query = found.Query,
                    message = found.Message,
                    candidates = found.Candidates.Select(c => new
                    {
                        passageId = c.Hit.PassageId,
                        documentId = c.Hit.DocumentId,
                        title = c.Hit.Title,
                        kind = c.Hit.Kind,
                        date = IsoDate(c.Hit.Date),
                        afterVisit = c.AfterVisit,
                        sourceFile = c.Hit.SourceFile,
                        pageFrom = c.Hit.PageFrom,
                        pageTo = c.Hit.PageTo,
                        text = c.Hit.Text,
                    }),
                })).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            await WriteCandidatesAsync(context.Console.Out, found).ConfigureAwait(false);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static async Task WriteCandidatesAsync(TextWriter output, EvidenceCandidates found)
    {
        var finding = found.Finding.Finding;
        await output.WriteLineAsync($"finding {finding.FindingId} ({finding.VisitKind ?? "visit"} {UkDates.Format(finding.VisitDate)}): {finding.Text}").ConfigureAwait(false);
        await output.WriteLineAsync($"searched: {found.Query}").ConfigureAwait(false);
        if (found.Message is not null)
        {
            await output.WriteLineAsync(found.Message).ConfigureAwait(false);
        }

        if (found.Candidates.Count == 0)
        {
            await output.WriteLineAsync("no other passage has these words; try --words with fewer or other words").ConfigureAwait(false);
            return;
        }

        var rank = 0;
        foreach (var (hit, afterVisit) in found.Candidates)
        {
            var pages = hit.PageFrom == hit.PageTo ? $"p.{hit.PageFrom}" : $"pp.{hit.PageFrom}-{hit.PageTo}";
            await output.WriteLineAsync().ConfigureAwait(false);
            await output.WriteLineAsync($"{++rank}. {hit.Title} ({hit.Kind}, {UkDates.Format(hit.Date)}{(afterVisit ? ", after the visit" : "")}) {hit.SourceFile} {pages}").ConfigureAwait(false);
            await output.WriteLineAsync($"   {hit.SnippetText}").ConfigureAwait(false);
            await output.WriteLineAsync($"   link with: inspection findings link {finding.FindingId} --evidence {hit.PassageId}").ConfigureAwait(false);
        }
    }

    private static Option<string> UserOption() => ConsoleCaller.UserOption("making the change");

    private static async Task<int> WriteOneAsync(CommandContext context, TrackedFinding finding)
    {
        if (context.Json)
        {
            await context.Console.Out.WriteLineAsync(CliJson.Indented(ToJson(finding))).ConfigureAwait(false);
        }
        else
        {
            await context.Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"finding {finding.Finding.FindingId}: {finding.Status} ({finding.Actions.Count} action(s), {finding.Evidence.Count} piece(s) of evidence)")).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }

    private static object ToJson(TrackedFinding tracked) => new
    {
        id = tracked.Finding.FindingId,
        documentId = tracked.Finding.ContentItemId,
        sourceFile = tracked.SourceFile,
        organisation = tracked.Organisation,
        kind = tracked.Finding.Kind,
        text = tracked.Finding.Text,
        page = tracked.Finding.Page,
        visitDate = IsoDate(tracked.Finding.VisitDate),
        status = tracked.Status,
        actions = tracked.Actions.Select(a => new
        {
            id = a.ContentItemId,
            title = a.Title,
            owner = a.Owner,
            dueDate = IsoDate(a.DueDate),
            rag = a.Rag,
            ragHistory = a.RagHistory.Select(r => new { changedUtc = r.ChangedUtc, rag = r.Rag }),
        }),
        evidence = tracked.Evidence.Select(e => new
        {
            passageId = e.PassageId,
            documentId = e.DocumentId,
            title = e.Title,
            kind = e.Kind,
            date = IsoDate(e.Date),
            pageFrom = e.PageFrom,
            pageTo = e.PageTo,
        }),
        history = tracked.History.Select(h => new
        {
            id = h.FindingId,
            documentId = h.ContentItemId,
            kind = h.Kind,
            text = h.Text,
            page = h.Page,
            visitDate = IsoDate(h.VisitDate),
            verdict = h.Verdict,
        }),
    };

    private static string? IsoDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task WriteTextAsync(TextWriter output, IReadOnlyList<TrackedFinding> findings)
    {
        await output.WriteLineAsync(findings.Count == 1 ? "1 finding" : string.Create(CultureInfo.InvariantCulture, $"{findings.Count} findings")).ConfigureAwait(false);
        foreach (var tracked in findings)
        {
            var f = tracked.Finding;
            var verdict = f.Verdict is null ? "" : $" ({f.Verdict} progress)";
            await output.WriteLineAsync().ConfigureAwait(false);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"[{tracked.Status}] {f.Kind}{verdict}, {f.VisitKind ?? "visit"} {UkDates.Format(f.VisitDate)}: {tracked.SourceFile} p.{f.Page}")).ConfigureAwait(false);
            await output.WriteLineAsync($"   {f.Text}").ConfigureAwait(false);
            foreach (var action in tracked.Actions)
            {
                await output.WriteLineAsync($"   action: {action.Title} ({action.Owner}, due {UkDates.Format(action.DueDate)}) {action.Rag}").ConfigureAwait(false);
            }

            foreach (var evidence in tracked.Evidence)
            {
                await output.WriteLineAsync($"   evidence: {evidence.Title} ({evidence.Kind}, {UkDates.Format(evidence.Date)}) p.{evidence.PageFrom.ToString(CultureInfo.InvariantCulture)}").ConfigureAwait(false);
            }

            foreach (var earlier in tracked.History)
            {
                var kind = earlier.Kind == FindingKinds.ProgressVerdict ? $"{earlier.Kind} ({earlier.Verdict})" : earlier.Kind;
                await output.WriteLineAsync($"   same matter: {kind}, {UkDates.Format(earlier.VisitDate)} p.{earlier.Page.ToString(CultureInfo.InvariantCulture)}").ConfigureAwait(false);
            }

            await output.WriteLineAsync($"   id {f.FindingId}").ConfigureAwait(false);
        }
    }
}
