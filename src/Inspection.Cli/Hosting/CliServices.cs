using System.Globalization;
using Inspection.Application;
using Inspection.Readiness.Setup;
using Inspection.Content;
using Inspection.Content.Recipes;
using Inspection.Ingestion;
using Inspection.Readiness;
using Inspection.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Inspection.Cli.Hosting;

/// <summary>Composes the same services the web app uses, over one data folder.</summary>
public static class CliServices
{
    /// <summary>Environment variables with this prefix override settings (<c>INSPECTION_Store__Provider=PostgreSQL</c>).</summary>
    public const string EnvironmentPrefix = "INSPECTION_";

    /// <summary>
    /// Composes the services; <paramref name="settings"/> (tests, embedding hosts) win over environment variables. Log
    /// lines go to <paramref name="log"/> (standard error unless given), as JSON objects when <paramref name="json"/>.
    /// </summary>
    public static ServiceProvider Build(string dataDirectory, IReadOnlyDictionary<string, string?>? settings = null, TextWriter? log = null, bool json = false)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Store:DataDirectory"] = dataDirectory,
                ["Search:IndexDirectory"] = Path.Combine(dataDirectory, "index"),
                ["Search:GlossaryPath"] = Path.Combine(BundledFiles.RecipesDirectory, "glossary.recipe.json"),
                // Beside the web app on this data folder, read commands search its index as it last saved it.
                ["Search:ReadWhenHeld"] = "true",
                // A command's batch is its process's only work: prepare a file on every core (the web host keeps a core for
                // its requests). Saving and indexing fit around the parsers; measured in build/bench/README.md (issue 15).
                ["Ingestion:FilesAtOnce"] = Math.Min(Environment.ProcessorCount, 64).ToString(CultureInfo.InvariantCulture),
            })
            .AddEnvironmentVariables(EnvironmentPrefix)
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging
            .AddConfiguration(configuration.GetSection("Logging"))
            .SetMinimumLevel(LogLevel.Warning)
            .AddProvider(new ErrorStreamLoggerProvider(log ?? Console.Error, json))
            // EF Core logs a failed query (with its stack trace in the message) before the exception reaches the command, which says it once.
            .AddFilter("Microsoft.EntityFrameworkCore", LogLevel.None));
        services.AddInspectionContent(store => store.DataDirectory = dataDirectory);
        services.AddInspectionRecipes();
        services.AddInspectionIngestion();
        services.AddInspectionSearch();
        services.AddInspectionReadiness();
        services.AddInspectionApplication();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }
}
