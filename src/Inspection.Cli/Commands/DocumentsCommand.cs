using System.CommandLine;
using Inspection.Application.Documents;
using Inspection.Cli.Hosting;
using Inspection.Cli.Output;
using Inspection.Content.Evidence;

namespace Inspection.Cli.Commands;

/// <summary><c>inspection documents [--type T] [--organisation O] [--json]</c>: the evidence held, newest first.</summary>
public static class DocumentsCommand
{
    public static Command Create(CommandRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var type = new Option<string?>("--type") { Description = "Only this content type (e.g. InspectionLetter, Audit)" };
        var organisation = new Option<string?>("--organisation")
        {
            Description = "Whose documents: all (the default), ours (the authority this repository serves), elsewhere (other organisations'), or an organisation's name",
        };
        var allow = ConsoleCaller.AllowOption("list documents");
        var command = new Command("documents", "List the evidence held in the store") { type, organisation, allow };
        runner.Attach(command, async (context, cancellationToken) =>
        {
            var filter = context.Value(organisation) is { Length: > 0 } named ? Readiness.Authority.OrganisationFilter.Parse(named) : Readiness.Authority.OrganisationFilter.All;
            var rows = await context.Get<DocumentService>().ListAsync(context.Value(type), filter, await ConsoleCaller.FromAsync(context, cancellationToken, allow: allow).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
            if (context.Json)
            {
                await context.Console.Out.WriteLineAsync(CliJson.Indented(rows)).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            await WriteTableAsync(context.Console.Out, rows).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        command.Subcommands.Add(CreateEdit(runner));
        command.Subcommands.Add(CreateNewVersion(runner));
        command.Subcommands.Add(CreateVersions(runner));
        return command;
    }

    /// <summary><c>documents new-version ID FILE</c>: a new file for a document, saved as its next version.</summary>
    private static Command CreateNewVersion(CommandRunner runner)
    {
        var id = new Argument<string>("id") { Description = "The document's content item id" };
        var file = new Argument<string>("file") { Description = "The new file (PDF, Word, HTML, text, Markdown or a scan)" };
        var command = new Command("new-version", "Save a new file as the document's next version (title, kind and classification stay; text, pages and date come from the file)") { id, file };
        runner.Attach(command, async (context, cancellationToken) =>
        {
            var caller = await ConsoleCaller.FromAsync(context, cancellationToken).ConfigureAwait(false);
            var outcome = await context.Get<NewVersions>().AddAsync(context.Value(id)!, Path.GetFullPath(context.Value(file)!), caller, cancellationToken).ConfigureAwait(false);
            if (!outcome.Saved)
            {
                throw new UsageException(outcome.Problem ?? "the file was not taken");
            }

            await context.Console.Out.WriteLineAsync(context.Json
                ? CliJson.Line(new { id = context.Value(id), passages = outcome.Passages, newFindings = outcome.NewFindings })
                : System.FormattableString.Invariant($"Saved as the new version of {context.Value(id)} ({outcome.Passages} passages, {outcome.NewFindings} new findings)")).ConfigureAwait(false);
            await SearchCatchUp.NoteIfIndexedElsewhereAsync(context).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary><c>documents versions ID</c>: the document's versions, who saved each and when.</summary>
    private static Command CreateVersions(CommandRunner runner)
    {
        var id = new Argument<string>("id") { Description = "The document's content item id" };
        var command = new Command("versions", "List a document's versions") { id };
        runner.Attach(command, async (context, cancellationToken) =>
        {
            var caller = await ConsoleCaller.FromAsync(context, cancellationToken).ConfigureAwait(false);
            var versions = await context.Get<Application.Items.VersionHistory>().ListAsync(context.Value(id)!, caller, cancellationToken).ConfigureAwait(false)
                ?? throw new UsageException($"no document with id '{context.Value(id)}'");
            if (context.Json)
            {
                await context.Console.Out.WriteLineAsync(CliJson.Indented(versions)).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            var table = new TextTable("Version", "Id", "Saved", "By", "State");
            foreach (var v in versions)
            {
                table.Add(v.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), v.VersionId, UkDates.Format(v.SavedUtc is { } saved ? DateOnly.FromDateTime(saved) : null), v.Author ?? "", v.Published ? "published" : v.Latest ? "draft" : "");
            }

            await table.WriteAsync(context.Console.Out).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary><c>documents edit ID... [--title] [--kind] [--date] [--organisation] [--classification] [--themes]</c>: the correction the web's forms make.</summary>
    private static Command CreateEdit(CommandRunner runner)
    {
        var ids = new Argument<string[]>("id") { Description = "The documents' content item ids", Arity = ArgumentArity.OneOrMore };
        var title = new Option<string?>("--title") { Description = "The document's title (one document at a time)" };
        var kind = new Option<string?>("--kind") { Description = "The kind of evidence (minutes, letter, Audit, ...)" };
        var date = new Option<string?>("--date") { Description = "The document's date, DD/MM/YYYY or YYYY-MM-DD" };
        var organisation = new Option<string?>("--organisation") { Description = "The organisation that wrote it" };
        var classification = new Option<string?>("--classification") { Description = "Official, Official-Sensitive or Personal" };
        var themes = new Option<string?>("--themes") { Description = "Framework and theme ids, comma-separated (an empty value clears them)" };
        var command = new Command("edit", "Correct documents' title, kind, date, organisation, classification or themes (a new version each, audited)")
        {
            ids, title, kind, date, organisation, classification, themes,
        };
        runner.Attach(command, async (context, cancellationToken) =>
        {
            DateOnly? parsedDate = null;
            if (context.Value(date) is { } text)
            {
                parsedDate = Inspection.Content.Model.DateInput.TryParseDay(text, out var d)
                    ? d
                    : throw new UsageException($"'{text}' is not a date: write it as DD/MM/YYYY (like {Inspection.Content.Model.DateInput.DayExample}) or YYYY-MM-DD");
            }

            var edit = new DocumentEdit
            {
                Title = context.Value(title),
                Kind = context.Value(kind),
                Date = parsedDate,
                Organisation = context.Value(organisation),
                Classification = context.Value(classification),
                Themes = context.Value(themes) is { } list ? [.. list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)] : null,
            };
            var caller = await ConsoleCaller.FromAsync(context, cancellationToken).ConfigureAwait(false);
            var outcome = await context.Get<DocumentEditor>().EditManyAsync(context.Value(ids) ?? [], edit, caller, cancellationToken).ConfigureAwait(false);
            if (!outcome.Succeeded)
            {
                throw new UsageException(string.Join("; ", outcome.Errors.Values));
            }

            await context.Console.Out.WriteLineAsync(context.Json
                ? CliJson.Line(new { changed = outcome.Changed, unchanged = outcome.Unchanged, notFound = outcome.NotFound })
                : System.FormattableString.Invariant($"{outcome.Changed} changed, {outcome.Unchanged} already so, {outcome.NotFound} not found")).ConfigureAwait(false);
            if (outcome.Changed > 0)
            {
                await SearchCatchUp.NoteIfIndexedElsewhereAsync(context).ConfigureAwait(false);
            }

            return outcome.NotFound switch
            {
                0 => ExitCodes.Success,
                1 => runner.WriteError($"no document with id '{outcome.NotFoundIds[0]}'", context.Json),
                _ => runner.WriteError($"no documents with the ids {string.Join(", ", outcome.NotFoundIds.Select(id => $"'{id}'"))}", context.Json),
            };
        });
        return command;
    }

    public static async Task WriteTableAsync(TextWriter output, IReadOnlyList<DocumentSummary> rows)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(rows);
        var table = new TextTable("Id", "Type", "Date", "Title", "Source file");
        foreach (var row in rows)
        {
            table.Add(row.Id, row.Type, UkDates.Format(row.Date), row.Title, row.SourceFile ?? "");
        }

        await table.WriteAsync(output).ConfigureAwait(false);
        await output.WriteLineAsync(rows.Count == 1 ? "1 document" : $"{rows.Count} documents").ConfigureAwait(false);
    }
}
