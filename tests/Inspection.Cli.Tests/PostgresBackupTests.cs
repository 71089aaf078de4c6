using Npgsql;

namespace Inspection.Cli.Tests;

/// <summary>The export, import and check round trip over PostgreSQL (the production store), when a server is provided.</summary>
public sealed class PostgresBackupTests : IAsyncLifetime, IDisposable
{
    private const string Variable = "INSPECTION_TEST_POSTGRES";
    private readonly string[] _databases = ["inspection_bk_" + Guid.NewGuid().ToString("N")[..12], "inspection_bk_" + Guid.NewGuid().ToString("N")[..12]];
    private readonly string _exports = Path.Combine(Path.GetTempPath(), "inspection-exports-" + Guid.NewGuid().ToString("N"));
    private CliRun? _source;
    private CliRun? _target;

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
            foreach (var database in _databases)
            {
                await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", connection);
                await create.ExecuteNonQueryAsync();
            }
        }

        _source = new CliRun(Settings(server, _databases[0]));
        _target = new CliRun(Settings(server, _databases[1]));
    }

    public void Dispose()
    {
        _source?.Dispose();
        _target?.Dispose();
        if (Directory.Exists(_exports))
        {
            Directory.Delete(_exports, recursive: true);
        }
    }

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
        foreach (var database in _databases)
        {
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }

    [PostgresFact]
    public async Task ExportImportExportIsByteIdenticalOnPostgreSql()
    {
        var source = _source ?? throw new InvalidOperationException($"{Variable} is not set");
        var target = _target!;
        Assert.Equal(0, (await source.RunAsync("setup", "--samples")).ExitCode);
        await BackupCommandTests.AddHistoryAsync(source);
        var check = await source.RunAsync("check");
        Assert.True(check.ExitCode == 0, check.Output);

        var first = Path.Combine(_exports, "first");
        var second = Path.Combine(_exports, "second");
        Assert.Equal(0, (await source.RunAsync("export", first)).ExitCode);
        var imported = await target.RunAsync("import", first);
        Assert.True(imported.ExitCode == 0, imported.Error);
        Assert.Equal(0, (await target.RunAsync("export", second)).ExitCode);

        var files = Files(first);
        Assert.Equal(files, Files(second));
        foreach (var file in files)
        {
            var before = await File.ReadAllBytesAsync(Path.Combine(first, file));
            var after = await File.ReadAllBytesAsync(Path.Combine(second, file));
            Assert.True(before.AsSpan().SequenceEqual(after), $"{file} differs between the export and the export of its import");
        }

        Assert.Equal((await source.RunAsync("documents", "--json")).Output, (await target.RunAsync("documents", "--json")).Output);
        var targetCheck = await target.RunAsync("check");
        Assert.True(targetCheck.ExitCode == 0, targetCheck.Output);
        Assert.Equal(ExitCodes.BadInput, (await target.RunAsync("import", first)).ExitCode);
    }

    private static Dictionary<string, string?> Settings(string server, string database) => new()
    {
        ["Store:Provider"] = "PostgreSQL",
        ["Store:ConnectionString"] = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString,
    };

    private static List<string> Files(string root) =>
        [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)];

    private static string? Server() => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;
}
