using Inspection.Search.Indexing;

namespace Inspection.Cli.Hosting;

/// <summary>Brings the local index up to date with the store after a command changed it.</summary>
public static class SearchCatchUp
{
    public static Task<int> RunAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Get<OutboxIndexer>().CatchUpAsync(cancellationToken);
    }
}
