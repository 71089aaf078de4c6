using Inspection.Cli.Output;
using Inspection.Search.Indexing;

namespace Inspection.Cli.Hosting;

/// <summary>Brings the local index up to date with the store after a command changed it.</summary>
public static class SearchCatchUp
{
    public static async Task<int> RunAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
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
            await RunAsync(context, cancellationToken).ConfigureAwait(false);
        }
        catch (Lucene.Net.Store.LockObtainFailedException)
        {
            const string note = "the search index is in use by another process on this data folder (the web app?), which indexes this change from the store";
            await context.Console.Error.WriteLineAsync(context.Json ? CliJson.Line(new { note }) : $"note: {note}").ConfigureAwait(false);
        }
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
