using Inspection.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Npgsql;

namespace Inspection.Web.Tests;

/// <summary>The web application on the production store: PostgreSQL for items, users and jobs, a local index beside it.</summary>
public sealed class PostgresWebTests
{
    [PostgresFact]
    public async Task SignInSearchAndUploadWorkOnPostgreSql()
    {
        var admin = Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable);
        Assert.False(string.IsNullOrEmpty(admin), $"{PostgresFactAttribute.Variable} is not set: .ci/run starts a PostgreSQL server and sets it");
        var database = "inspection_web_" + Guid.NewGuid().ToString("N")[..12];
        await ExecuteAsync(admin!, $"CREATE DATABASE \"{database}\"");
        try
        {
            var connection = new NpgsqlConnectionStringBuilder(admin) { Database = database }.ConnectionString;
            await using (var factory = new PostgresSiteFactory(connection))
            {
                await factory.CreateUserAsync("lead", "QualityLead");
                using var lead = await WebSession.SignInAsync(factory, "lead", InspectionWebFactory.Password);
                var hits = await lead.GetJsonAsync("/api/search?q=%22return+home+interviews%22");
                Assert.True(hits.GetProperty("total").GetInt32() > 0);

                var job = await lead.UploadAndWaitAsync("Personal", ("visit-notes.txt", "Notes of the practice week: the kestrel panel reviewed plans.\n"u8.ToArray()));
                Assert.Equal("created", job.GetProperty("files")[0].GetProperty("status").GetString());
                Assert.Equal(1, (await lead.GetJsonAsync("/api/search?q=kestrel")).GetProperty("total").GetInt32());
            }
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(admin!, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private sealed class PostgresSiteFactory(string connectionString) : InspectionWebFactory(TempFolder.Create("web-pg"), loadSamples: true)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Store:Provider", "PostgreSQL");
            builder.UseSetting("Store:ConnectionString", connectionString);
        }
    }
}
