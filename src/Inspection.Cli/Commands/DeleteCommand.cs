using System.CommandLine;
using System.Globalization;
using Inspection.Application.Documents;
using Inspection.Cli.Hosting;
using Inspection.Cli.Output;

namespace Inspection.Cli.Commands;

/// <summary>
/// The recycle bin from the command line: <c>delete ID</c> (out of lists and search, restorable), <c>restore ID</c>,
/// <c>deleted</c> (what the bin holds) and <c>purge ID</c> or <c>purge --expired</c> (for good).
/// </summary>
public static class DeleteCommand
{
    public static Command CreateDelete(CommandRunner runner) =>
        Create(runner, "delete", "Delete a document: it goes to the recycle bin, out of lists and search, restorable until purged", (bin, id, caller, ct) => bin.DeleteAsync(id, caller, ct), "Deleted");

    public static Command CreateRestore(CommandRunner runner) =>
        Create(runner, "restore", "Restore a deleted document from the recycle bin, searchable again", (bin, id, caller, ct) => bin.RestoreAsync(id, caller, ct), "Restored");

    public static Command CreatePurge(CommandRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var id = new Argument<string?>("id") { Description = "The deleted document's content item id", Arity = ArgumentArity.ZeroOrOne };
        var expired = new Option<bool>("--expired") { Description = "Purge every document deleted longer ago than the retention period (RecycleBin:RetentionDays)" };
        var command = new Command("purge", "Remove a deleted document for good, or every one past the retention period") { id, expired };
        runner.Attach(command, async (context, cancellationToken) =>
        {
            var bin = context.Get<RecycleBin>();
            if (context.Value(expired))
            {
                var purged = await bin.PurgeExpiredAsync(await ConsoleCaller.FromAsync(context, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
                await context.Console.Out.WriteLineAsync(context.Json
                    ? CliJson.Line(new { purged })
                    : string.Create(CultureInfo.InvariantCulture, $"Purged {purged} document(s) past the retention period")).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            var itemId = context.Value(id) ?? throw new UsageException("give the id of a deleted document, or --expired");
            var done = await bin.PurgeAsync(itemId, await ConsoleCaller.FromAsync(context, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
            return await ReportAsync(context, done, itemId, "purge", "Purged").ConfigureAwait(false);
        });
        return command;
    }

    public static Command CreateDeleted(CommandRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var command = new Command("deleted", "List the recycle bin: deleted documents and when each will be purged");
        runner.Attach(command, async (context, cancellationToken) =>
        {
            var deleted = await context.Get<RecycleBin>().ListAsync(await ConsoleCaller.FromAsync(context, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
            if (context.Json)
            {
                await context.Console.Out.WriteLineAsync(CliJson.Indented(deleted)).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            var table = new TextTable("Id", "Type", "Deleted", "Purged after", "Title");
            foreach (var d in deleted)
            {
                table.Add(d.Document.Id, d.Document.Type, UkDates.Format(DateOnly.FromDateTime(d.DeletedUtc)), UkDates.Format(DateOnly.FromDateTime(d.PurgeAfterUtc)), d.Document.Title);
            }

            await table.WriteAsync(context.Console.Out).ConfigureAwait(false);
            await context.Console.Out.WriteLineAsync(deleted.Count == 1 ? "1 deleted document" : string.Create(CultureInfo.InvariantCulture, $"{deleted.Count} deleted documents")).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Create(CommandRunner runner, string name, string description, Func<RecycleBin, string, Readiness.Access.Caller, CancellationToken, Task<bool>> change, string verb)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var id = new Argument<string>("id") { Description = "The document's content item id" };
        var command = new Command(name, description) { id };
        runner.Attach(command, async (context, cancellationToken) =>
        {
            var itemId = context.Value(id)!;
            var caller = await ConsoleCaller.FromAsync(context, cancellationToken).ConfigureAwait(false);
            var done = await change(context.Get<RecycleBin>(), itemId, caller, cancellationToken).ConfigureAwait(false);
            return await ReportAsync(context, done, itemId, name, verb).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> ReportAsync(CommandContext context, bool done, string itemId, string name, string verb)
    {
        if (!done)
        {
            throw new UsageException(name == "delete" ? $"no document with id '{itemId}'" : $"no deleted document with id '{itemId}' in the recycle bin");
        }

        await context.Console.Out.WriteLineAsync(context.Json ? CliJson.Line(new { id = itemId, status = name }) : $"{verb} {itemId}").ConfigureAwait(false);
        await SearchCatchUp.NoteIfIndexedElsewhereAsync(context).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
