using Inspection.Content.Outbox;
using Inspection.Readiness.Access;
using Inspection.Search.Indexing;

namespace Inspection.Application.Health;

/// <summary>
/// How this node's search index is: ready or being rebuilt, how far behind the outbox, and the outbox items it could
/// not take (recorded and skipped so that the items after them were still indexed). For an administrator's health page
/// and <c>inspection check</c>.
/// </summary>
public sealed class IndexHealth(PassageIndex index, IIndexingFailureStore failures, IIndexingTaskReader tasks, AccessPolicy access)
{
    /// <summary>The failures listed by default; <see cref="IndexHealthReport.FailureCount"/> counts them all.</summary>
    public const int DefaultMaxFailures = 100;

    /// <summary>The index's state and up to <paramref name="maxFailures"/> of its latest failures; needs ManageUsers (administrators).</summary>
    public async Task<IndexHealthReport> ReadAsync(Caller caller, int maxFailures, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxFailures);
        await access.RequireAsync(caller, Permissions.ManageUsers, "see the search index's health", cancellationToken).ConfigureAwait(false);
        var rebuilding = index.RebuildPending;
        var listed = await failures.ListAsync(maxFailures, cancellationToken).ConfigureAwait(false);
        var count = await failures.CountAsync(cancellationToken).ConfigureAwait(false);
        var last = await tasks.GetLastIdAsync(cancellationToken).ConfigureAwait(false);
        return new IndexHealthReport(
            index.IndexDirectory,
            rebuilding ? IndexState.Rebuilding : IndexState.Ready,
            index.MovedAsideTo,
            rebuilding ? null : index.PassageCount,
            new IndexCursor(index.IndexDirectory).Read(),
            last,
            count,
            listed);
    }

    /// <summary>The outbox items the index could not take, latest first; needs ManageUsers (administrators).</summary>
    public async Task<IReadOnlyList<IndexingFailure>> ListFailuresAsync(Caller caller, int maxFailures, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxFailures);
        await access.RequireAsync(caller, Permissions.ManageUsers, "see the search index's failures", cancellationToken).ConfigureAwait(false);
        return await failures.ListAsync(maxFailures, cancellationToken).ConfigureAwait(false);
    }
}
