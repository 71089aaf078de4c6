using Inspection.Content.Outbox;
using Inspection.Content.Store;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Inspection.Content.Tests.Infrastructure;

/// <summary>A fresh store for one test: a temp data folder, and on PostgreSQL a database of its own, dropped afterwards.</summary>
internal sealed class StoreHarness : IAsyncDisposable
{
    private readonly string? _adminConnectionString;
    private readonly string? _databaseName;
    private readonly IConfiguration _configuration;

    private StoreHarness(StoreProvider provider, string dataDirectory, IConfiguration configuration, string? adminConnectionString, string? databaseName)
    {
        Provider = provider;
        DataDirectory = dataDirectory;
        _configuration = configuration;
        _adminConnectionString = adminConnectionString;
        _databaseName = databaseName;
        Services = BuildServices(configuration);
    }

    public StoreProvider Provider { get; }

    public string DataDirectory { get; }

    public ServiceProvider Services { get; private set; }

    public static async Task<StoreHarness> CreateAsync(StoreProvider provider, bool initialize = true)
    {
        string? admin = null;
        string? databaseName = null;
        string? connectionString = null;
        if (provider == StoreProvider.PostgreSQL)
        {
            admin = PostgresTestServer.RequireConnectionString();
            databaseName = "inspection_test_" + Guid.NewGuid().ToString("N")[..16];
            await ExecuteAsync(admin, $"CREATE DATABASE \"{databaseName}\"");
            connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = databaseName }.ConnectionString;
        }

        var dataDirectory = Path.Combine(Path.GetTempPath(), "inspection-store-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataDirectory);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Store:Provider"] = provider.ToString(),
                ["Store:DataDirectory"] = dataDirectory,
                ["Store:ConnectionString"] = connectionString,
            })
            .Build();
        var harness = new StoreHarness(provider, dataDirectory, configuration, admin, databaseName);
        if (initialize)
        {
            try
            {
                await harness.InitializeAsync();
            }
            catch (Exception)
            {
                await harness.DisposeAsync();
                throw;
            }
        }

        return harness;
    }

    /// <summary>Throws away every service and connection, as a process restart would, and starts again on the same data.</summary>
    public async Task RestartAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        Services = BuildServices(_configuration);
        await InitializeAsync();
    }

    public async Task InitializeAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IStoreInitializer>().InitializeAsync(CancellationToken.None);
    }

    /// <summary>Runs <paramref name="work"/> in a new scope, as one request or job would.</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task InScopeAsync(Func<IServiceProvider, Task> work) =>
        InScopeAsync(async sp =>
        {
            await work(sp);
            return true;
        });

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (_adminConnectionString is not null && _databaseName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(_adminConnectionString, $"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)");
        }

        Directory.Delete(DataDirectory, recursive: true);
    }

    private static ServiceProvider BuildServices(IConfiguration configuration) =>
        new ServiceCollection()
            .AddSingleton(configuration)
            .AddLogging()
            .AddInspectionContent()
            .AddSingleton<CommitRecorder>()
            .AddSingleton<IEvidenceCommitListener>(sp => sp.GetRequiredService<CommitRecorder>())
            .BuildServiceProvider(validateScopes: true);

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
