using Inspection.Content.Persistence;
using Inspection.Content.Store;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Content.Users;

/// <summary>User accounts in the store's <c>Users</c> table; never exported by recipes (they hold password hashes).</summary>
public sealed class UserAccountStore(InspectionDbContext db, StoreUnitOfWork unitOfWork) : IUserAccountStore
{
    private const string LockUsersSql = "LOCK TABLE \"Users\" IN SHARE ROW EXCLUSIVE MODE";

    public async Task<UserAccount?> FindByIdAsync(string id, CancellationToken cancellationToken)
    {
        var record = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        return record is null ? null : ToAccount(record);
    }

    public async Task<UserAccount?> FindByNameAsync(string userName, CancellationToken cancellationToken)
    {
        var normalized = UserAccount.Normalize(userName);
        var record = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedUserName == normalized, cancellationToken);
        return record is null ? null : ToAccount(record);
    }

    public async Task<UserAccount?> FindByExternalLoginAsync(string issuer, string subject, CancellationToken cancellationToken)
    {
        var record = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.ExternalIssuer == issuer && u.ExternalSubject == subject, cancellationToken);
        return record is null ? null : ToAccount(record);
    }

    public async Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken cancellationToken)
    {
        var records = await db.Users.AsNoTracking().OrderBy(u => u.NormalizedUserName).ToListAsync(cancellationToken);
        return [.. records.Select(ToAccount)];
    }

    public Task<int> CountAsync(CancellationToken cancellationToken) => db.Users.CountAsync(cancellationToken);

    public Task CreateAsync(UserAccount account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        return unitOfWork.RunAsync(
            async ct =>
            {
                var normalized = NormalizedName(account);
                if (await db.Users.AnyAsync(u => u.NormalizedUserName == normalized, ct))
                {
                    throw new InvalidOperationException($"the user name '{account.UserName}' is already taken");
                }

                var record = new UserRecord { Id = account.Id, CreatedUtc = unitOfWork.UtcNow() };
                Copy(account, record);
                db.Users.Add(record);
                await db.SaveChangesAsync(ct);
            },
            cancellationToken);
    }

    public Task<bool> CreateFirstAsync(UserAccount account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        return unitOfWork.RunAsync(
            async ct =>
            {
                // The check and the insert must not interleave with another first-run request's. PostgreSQL: this lock
                // conflicts with itself and with every insert, and is held to commit. SQLite: the unit of work's
                // transaction is BEGIN IMMEDIATE (Microsoft.Data.Sqlite's default), which already holds the write lock.
                if (db.Database.IsNpgsql())
                {
                    await db.Database.ExecuteSqlRawAsync(LockUsersSql, ct);
                }

                if (await db.Users.AnyAsync(ct))
                {
                    return false;
                }

                var record = new UserRecord { Id = account.Id, CreatedUtc = unitOfWork.UtcNow() };
                Copy(account, record);
                db.Users.Add(record);
                await db.SaveChangesAsync(ct);
                return true;
            },
            cancellationToken);
    }

    public Task UpdateAsync(UserAccount account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        return unitOfWork.RunAsync(
            async ct =>
            {
                var record = await db.Users.FirstOrDefaultAsync(u => u.Id == account.Id, ct)
                    ?? throw new InvalidOperationException($"no user has the id '{account.Id}'");
                Copy(account, record);
                await db.SaveChangesAsync(ct);
            },
            cancellationToken);
    }

    private static void Copy(UserAccount account, UserRecord record)
    {
        record.UserName = account.UserName;
        record.NormalizedUserName = NormalizedName(account);
        record.DisplayName = account.DisplayName;
        record.Role = account.Role;
        record.PasswordHash = account.PasswordHash;
        record.SecurityStamp = account.SecurityStamp;
        record.AccessFailedCount = account.AccessFailedCount;
        record.LockoutEndUtc = account.LockoutEndUtc;
        record.Disabled = account.Disabled;
        record.LastSignInUtc = account.LastSignInUtc;
        record.ExternalIssuer = account.ExternalIssuer;
        record.ExternalSubject = account.ExternalSubject;
    }

    private static string NormalizedName(UserAccount account) =>
        string.IsNullOrEmpty(account.NormalizedUserName) ? UserAccount.Normalize(account.UserName) : account.NormalizedUserName;

    private static UserAccount ToAccount(UserRecord r) => new()
    {
        Id = r.Id,
        UserName = r.UserName,
        NormalizedUserName = r.NormalizedUserName,
        DisplayName = r.DisplayName,
        Role = r.Role,
        PasswordHash = r.PasswordHash,
        SecurityStamp = r.SecurityStamp,
        AccessFailedCount = r.AccessFailedCount,
        LockoutEndUtc = r.LockoutEndUtc,
        Disabled = r.Disabled,
        CreatedUtc = r.CreatedUtc,
        LastSignInUtc = r.LastSignInUtc,
        ExternalIssuer = r.ExternalIssuer,
        ExternalSubject = r.ExternalSubject,
    };
}
