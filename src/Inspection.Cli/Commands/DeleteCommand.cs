using System.CommandLine;
using Inspection.Cli.Hosting;
using Inspection.Cli.Output;
using Inspection.Content.Audit;
using Inspection.Content.Model;
using Inspection.Content.Store;

namespace Inspection.Cli.Commands;

/// <summary><c>inspection delete ID</c> (soft: hidden from lists and search, restorable) and <c>inspection purge ID</c> (for good, after delete).</summary>
public static class DeleteCommand
{
    public static Command CreateDelete(CommandRunner runner) =>
        Create(runner, "delete", "Delete a document (hidden from lists and search; purge removes it for good)", purge: false);

    public static Command CreatePurge(CommandRunner runner) =>
        Create(runner, "purge", "Remove a deleted document and all its versions for good", purge: true);

    private static Command Create(CommandRunner runner, string name, string description, bool purge)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var id = new Argument<string>("id") { Description = "The document's content item id" };
        var command = new Command(name, description) { id };
        runner.Attach(command, async (context, cancellationToken) =>
        {
            var itemId = context.Value(id)!;
            var store = context.Get<IContentStore>();
            var versions = await store.ListVersionsAsync(itemId, cancellationToken).ConfigureAwait(false);
            if (versions.Count == 0)
            {
                throw new UsageException($"no document with id '{itemId}'");
            }

            var live = await store.GetAsync(itemId, VersionOptions.Latest, cancellationToken).ConfigureAwait(false);
            if (purge && live is not null)
            {
                throw new UsageException($"'{itemId}' is not deleted: delete it first, then purge");
            }

            await store.InTransactionAsync(
                async ct =>
                {
                    if (purge)
                    {
                        await store.PurgeAsync(itemId, ct).ConfigureAwait(false);
                    }
                    else
                    {
                        await store.DeleteAsync(itemId, ct).ConfigureAwait(false);
                    }

                    await context.Get<IAuditLog>().WriteAsync(Environment.UserName, name, itemId, versions[^1].DisplayText, ct).ConfigureAwait(false);
                    return true;
                },
                cancellationToken).ConfigureAwait(false);
            await SearchCatchUp.RunAsync(context, cancellationToken).ConfigureAwait(false);
            var verb = purge ? "Purged" : "Deleted";
            await context.Console.Out.WriteLineAsync(context.Json
                ? CliJson.Line(new { id = itemId, status = name })
                : $"{verb} {itemId} ({versions[^1].DisplayText})").ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
