using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Inspection.Content.Persistence;

/// <summary>Lets <c>dotnet ef migrations add --context SqliteInspectionDbContext</c> build the SQLite model without a host.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteInspectionDbContext>
{
    public SqliteInspectionDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<SqliteInspectionDbContext>();
        StoreDbContextOptions.UseSqlite(builder, "Data Source=design-time.db");
        return new SqliteInspectionDbContext(builder.Options);
    }
}
