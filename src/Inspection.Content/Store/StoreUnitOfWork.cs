using Inspection.Content.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Content.Store;

/// <summary>
/// Runs store writes in one database transaction on the scoped context: a write made while a transaction is open joins it,
/// so a caller can group many store calls and have them commit or roll back together.
/// </summary>
public sealed class StoreUnitOfWork(InspectionDbContext db, TimeProvider time)
{
    // Any key shared by all writers of one database; the value only has to be stable.
    private const string OutboxLockSql = "SELECT pg_advisory_xact_lock(7063125770)";

    private readonly List<Action> _afterCommit = [];

    public bool InTransaction => db.Database.CurrentTransaction is not null;

    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (InTransaction)
        {
            return await work(cancellationToken);
        }

        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await using (transaction)
        {
            try
            {
                await LockOutboxAsync(cancellationToken);
                var result = await work(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                foreach (var action in _afterCommit)
                {
                    action();
                }

                return result;
            }
            finally
            {
                // Whether committed or rolled back, tracked rows no longer describe an open unit of work.
                db.ChangeTracker.Clear();
                _afterCommit.Clear();
            }
        }
    }

    public Task RunAsync(Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        return RunAsync(
            async ct =>
            {
                await work(ct);
                return true;
            },
            cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="action"/> once the open transaction has committed, and never if it rolls back: for telling
    /// others what became durable. The action must not throw; the data is already committed when it runs.
    /// </summary>
    public void AfterCommit(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (!InTransaction)
        {
            throw new InvalidOperationException("AfterCommit needs an open transaction (call it inside RunAsync).");
        }

        _afterCommit.Add(action);
    }

    /// <summary>Now, in UTC, cut to whole microseconds so that every provider stores and returns the same instant.</summary>
    public DateTime UtcNow() => StoreTime.Normalize(time.GetUtcNow().UtcDateTime);

    private async Task LockOutboxAsync(CancellationToken cancellationToken)
    {
        // PostgreSQL hands out identity values before commit, so concurrent writers could commit task 11 before task 10
        // and an indexer that has moved its cursor past 11 would never see 10. Holding one lock until commit keeps ids
        // in commit order. SQLite needs nothing: its write transactions already run one at a time.
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync(OutboxLockSql, cancellationToken);
        }
    }
}
