using Microsoft.EntityFrameworkCore;

namespace Inspection.Content.Persistence;

/// <summary>The store on PostgreSQL; its migrations live in <c>Migrations/PostgreSQL</c>.</summary>
public sealed class PostgresInspectionDbContext(DbContextOptions<PostgresInspectionDbContext> options) : InspectionDbContext(options)
{
    protected override string IsTrueFilter(string column) => $"\"{column}\"";
}
