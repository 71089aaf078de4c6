using Inspection.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Npgsql;

namespace Inspection.Web.Tests.Canary;

/// <summary>The canary walk on the production store: PostgreSQL for items, findings, jobs and the audit log.</summary>
public sealed class PostgresCanaryWalkTests
{
    [PostgresFact]
    public async Task NoPageOrEndpointShowsAnyRoleWhatItMayNotSeeOnPostgreSql()
    {
        var admin = Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable);
        Assert.False(string.IsNullOrEmpty(admin), $"{PostgresFactAttribute.Variable} is not set: .ci/run starts a PostgreSQL server and sets it");
        var store = new PostgresCanaryStore(admin!);
        try
        {
            await store.InitializeAsync();
            var problems = new List<string>();
            foreach (var (user, _, _) in CanaryStore.Accounts)
            {
                problems.AddRange(await CanaryWalk.ProblemsAsync(store, user));
            }

            Assert.True(problems.Count == 0, string.Join("\n", problems.Take(40)));
        }
        finally
        {
            await store.DisposeAsync();
        }
    }

    private sealed class PostgresCanaryStore(string adminConnection) : CanaryStore
    {
        private readonly string _database = "inspection_canary_" + Guid.NewGuid().ToString("N")[..12];

        protected override async Task<InspectionWebFactory> CreateFactoryAsync()
        {
            await ExecuteAsync(adminConnection, $"CREATE DATABASE \"{_database}\"");
            return new Factory(new NpgsqlConnectionStringBuilder(adminConnection) { Database = _database }.ConnectionString);
        }

        protected override async Task CleanUpAsync()
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(adminConnection, $"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)");
        }

        private static async Task ExecuteAsync(string connectionString, string sql)
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }
    }

    private sealed class Factory(string connectionString) : InspectionWebFactory(TempFolder.Create("web-canary-pg"), loadSamples: true)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Store:Provider", "PostgreSQL");
            builder.UseSetting("Store:ConnectionString", connectionString);
        }
    }
}
