using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Inspection.Content.Persistence;

/// <summary>Lets <c>dotnet ef migrations add --context PostgresInspectionDbContext</c> build the PostgreSQL model without a server.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresInspectionDbContext>
{
    public PostgresInspectionDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<PostgresInspectionDbContext>();
        StoreDbContextOptions.UsePostgres(builder, "Host=localhost;Database=inspection_design");
        return new PostgresInspectionDbContext(builder.Options);
    }
}
