using Inspection.Cli.Output;
using Inspection.Search.Indexing;

namespace Inspection.Cli.Hosting;

/// <summary>
/// Brings the local index up to date with the store before a command reads it or after it changed the store; beside the
/// process that holds the index, reads it as that process last saved it.
/// </summary>
public static class SearchCatchUp
{
    public static async Task<int> RunAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Get<PassageIndex>().IsReadOnly)
        {
            // The web app (or another command) holds the index and indexes the store's changes itself.
            const string note = "the search index is in use by another process on this data folder (the web app?): searching it as that process last saved it";
            await context.Console.Error.WriteLineAsync(context.Json ? CliJson.Line(new { note }) : $"note: {note}").ConfigureAwait(false);
            return 0;
        }

        var applied = await context.Get<OutboxIndexer>().CatchUpAsync(cancellationToken).ConfigureAwait(false);
        await ReportHealingAsync(context).ConfigureAwait(false);
        return applied;
    }

    /// <summary>
    /// As <see cref="RunAsync"/>, after a command that changed the store (ingest, recipe import): when another process holds
    /// the index (the web app on this data folder), the change is in the store and its outbox, and that process indexes it,
    /// so the command says so on standard error and succeeds.
    /// </summary>
    public static async Task RunAfterChangeAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            if (!context.Get<PassageIndex>().IsReadOnly)
            {
                await RunAsync(context, cancellationToken).ConfigureAwait(false);
                return;
            }
        }
        catch (Lucene.Net.Store.LockObtainFailedException)
        {
            // Taken by the other process between this one's open and its catch-up.
        }

        await NoteChangeIndexedElsewhereAsync(context).ConfigureAwait(false);
    }

    /// <summary>After a change made through the application layer (an edit, a delete, a new version): when another process holds the index, says that it indexes the change.</summary>
    public static async Task NoteIfIndexedElsewhereAsync(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Get<PassageIndex>().IsReadOnly)
        {
            await NoteChangeIndexedElsewhereAsync(context).ConfigureAwait(false);
        }
    }

    /// <summary>Says on standard error that the process holding the index (the web app?) indexes this command's change.</summary>
    public static async Task NoteChangeIndexedElsewhereAsync(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        const string note = "the search index is in use by another process on this data folder (the web app?), which indexes this change from the store";
        await context.Console.Error.WriteLineAsync(context.Json ? CliJson.Line(new { note }) : $"note: {note}").ConfigureAwait(false);
    }

    /// <summary>Says on standard error when the index was found unreadable, moved aside and rebuilt, so the person knows why the command took longer.</summary>
    public static async Task ReportHealingAsync(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Get<PassageIndex>().MovedAsideTo is { } movedTo)
        {
            var note = $"the search index could not be read: it was moved aside to {movedTo} and rebuilt from the store";
            await context.Console.Error.WriteLineAsync(context.Json ? CliJson.Line(new { warning = note, movedAsideTo = movedTo }) : $"warning: {note}").ConfigureAwait(false);
        }
    }
}
