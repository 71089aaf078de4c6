using Inspection.Content.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Inspection.Content.Tests.Store;

public sealed class StoreOptionsTests
{
    [Fact]
    public void TheStoreSectionIsBoundAndTheCallerCanOverrideIt()
    {
        using var services = Build(
            new() { ["Store:Provider"] = "PostgreSQL", ["Store:ConnectionString"] = "Host=db;Database=inspection", ["Store:DataDirectory"] = "/srv/one" },
            o => o.DataDirectory = "/srv/two");

        var options = services.GetRequiredService<IOptions<StoreOptions>>().Value;

        Assert.Equal(StoreProvider.PostgreSQL, options.Provider);
        Assert.Equal("Host=db;Database=inspection", options.EffectiveConnectionString);
        Assert.Equal("/srv/two", options.DataDirectory);
        Assert.Equal(Path.Combine("/srv/two", "blobs"), options.BlobDirectory);
    }

    [Fact]
    public void SqliteDefaultsToTheDatabaseFileInTheDataFolder()
    {
        using var services = Build(new() { ["Store:DataDirectory"] = "/srv/data" });

        var options = services.GetRequiredService<IOptions<StoreOptions>>().Value;

        Assert.Equal(StoreProvider.Sqlite, options.Provider);
        Assert.Contains("Data Source=" + Path.Combine("/srv/data", "inspection.db"), options.EffectiveConnectionString, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingDataDirectoryIsRejectedNamingTheSetting()
    {
        using var services = Build([]);

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<StoreOptions>>().Value);

        Assert.Contains("DataDirectory", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PostgreSqlWithoutAConnectionStringIsRejected()
    {
        using var services = Build(new() { ["Store:Provider"] = "PostgreSQL", ["Store:DataDirectory"] = "/srv/data" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<StoreOptions>>().Value);

        Assert.Contains("Store:ConnectionString", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings, Action<StoreOptions>? configure = null) =>
        new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddLogging()
            .AddInspectionContent(configure)
            .BuildServiceProvider();
}
