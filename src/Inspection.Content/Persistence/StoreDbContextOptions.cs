using Inspection.Content.Store;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Content.Persistence;

/// <summary>Configures a context for its provider, the same way at run time and at design time.</summary>
internal static class StoreDbContextOptions
{
    // Stateless, so one instance serves every context and EF keeps a single internal service provider.
    private static readonly SqlitePragmaInterceptor PragmaInterceptor = new();

    public static void UseSqlite(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlite(connectionString).AddInterceptors(PragmaInterceptor);

    public static void UsePostgres(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(connectionString);

    public static void Use(DbContextOptionsBuilder builder, StoreOptions options)
    {
        if (options.Provider == StoreProvider.PostgreSQL)
        {
            UsePostgres(builder, options.EffectiveConnectionString);
        }
        else
        {
            UseSqlite(builder, options.EffectiveConnectionString);
        }
    }
}
