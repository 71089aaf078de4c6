using Npgsql;

namespace Inspection.Cli.Tests;

/// <summary>The same commands over PostgreSQL (the production store), when CI or a developer provides a server.</summary>
public sealed class PostgresCliTests : IAsyncLifetime, IDisposable
{
    private const string Variable = "INSPECTION_TEST_POSTGRES";
    private readonly string _database = "inspection_cli_" + Guid.NewGuid().ToString("N")[..12];
    private CliRun? _cli;

    public async Task InitializeAsync()
    {
        var server = Server();
        if (server is null)
        {
            return;
        }

        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {_database}", connection);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(server) { Database = _database };
        _cli = new CliRun(new Dictionary<string, string?>
        {
            ["Store:Provider"] = "PostgreSQL",
            ["Store:ConnectionString"] = builder.ConnectionString,
        });
    }

    public void Dispose() => _cli?.Dispose();

    public async Task DisposeAsync()
    {
        var server = Server();
        if (server is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    [PostgresFact]
    public async Task SetupIngestSearchAndReindexWorkOnPostgreSql()
    {
        var cli = _cli ?? throw new InvalidOperationException($"{Variable} is not set");
        Assert.Equal(0, (await cli.RunAsync("setup")).ExitCode);
        Assert.False(File.Exists(Path.Combine(cli.DataDirectory, "inspection.db")), "the PostgreSQL store must not create a SQLite file");

        var created = Assert.Single((await cli.RunAsync("ingest", CliRun.CorpusFile("medway-cabinet-send-revisit-2020.pdf"), "--json")).JsonLines());
        Assert.Equal("created", created.GetProperty("status").GetString());
        Assert.Equal("duplicate", Assert.Single((await cli.RunAsync("ingest", CliRun.CorpusFile("medway-cabinet-send-revisit-2020.pdf"), "--json")).JsonLines()).GetProperty("status").GetString());
        Assert.Equal(0, (await cli.RunAsync("setup")).ExitCode);

        var search = (await cli.RunAsync("search", "\"has not made sufficient progress\"", "--json")).Json();
        Assert.True(search.GetProperty("total").GetInt32() > 0);
        Assert.Equal(1, (await cli.RunAsync("reindex", "--json")).Json().GetProperty("documents").GetInt32());
        Assert.Equal(1, (await cli.RunAsync("documents", "--json")).Json().GetArrayLength());
    }

    private static string? Server() => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;
}
