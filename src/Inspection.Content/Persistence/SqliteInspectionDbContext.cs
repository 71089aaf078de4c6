using Microsoft.EntityFrameworkCore;

namespace Inspection.Content.Persistence;

/// <summary>The store on SQLite; its migrations live in <c>Migrations/Sqlite</c>.</summary>
public sealed class SqliteInspectionDbContext(DbContextOptions<SqliteInspectionDbContext> options) : InspectionDbContext(options)
{
    protected override string IsTrueFilter(string column) => $"\"{column}\" = 1";
}
