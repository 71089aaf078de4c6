using Inspection.Search.Indexing;

namespace Inspection.Search.Pruning;

/// <summary>
/// After the index takes in changes, works out the block maxima of lately searched words and phrases for the new
/// segments (a merge makes new ones too), so the next such search skips blocks from its first run.
/// </summary>
public sealed class PruningWarmer(PassageIndex index) : IIndexWarmer
{
    public Task WarmAsync(CancellationToken cancellationToken)
    {
        index.Read(searcher => index.BlockMaxima.Warm(searcher.IndexReader, cancellationToken));
        return Task.CompletedTask;
    }
}
