using System.CommandLine;
using Inspection.Cli.Hosting;
using Inspection.Cli.Output;
using Inspection.Content.Store;
using Inspection.Readiness.Setup;

namespace Inspection.Cli.Commands;

/// <summary>
/// <c>inspection setup [--samples] [--authority NAME]</c>: create or upgrade the store, apply the shipped recipes, optionally
/// load the sample evidence, and say which authority the repository serves.
/// </summary>
public static class SetupCommand
{
    public static Command Create(CommandRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var samples = new Option<bool>("--samples") { Description = "Also load the sample evidence in evidence-samples/" };
        var authority = new Option<string?>("--authority")
        {
            Description = "The authority this repository serves (e.g. \"Westmarch County Council\"); with --samples and none given, the samples' own",
        };
        var command = new Command("setup", "Create the store, apply content-recipes/, say which authority it serves and (with --samples) load the sample evidence") { samples, authority };
        runner.Attach(command, async (context, cancellationToken) =>
        {
            Directory.CreateDirectory(context.DataDirectory);
            var caller = await ConsoleCaller.FromAsync(context, cancellationToken).ConfigureAwait(false);
            var setup = await context.Get<StoreSetup>()
                .RunAsync(BundledFiles.RecipesDirectory, context.Value(samples) ? BundledFiles.SamplesDirectory : null, context.Value(authority), caller.UserName, cancellationToken)
                .ConfigureAwait(false);
            var (results, outcomes) = (setup.Recipes, setup.Samples);

            if (context.Json)
            {
                await context.Console.Out.WriteLineAsync(CliJson.Indented(new { dataDirectory = context.DataDirectory, authority = setup.Authority, recipes = results, samples = outcomes })).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            var output = context.Console.Out;
            await output.WriteLineAsync($"Store ready in {context.DataDirectory}").ConfigureAwait(false);
            await output.WriteLineAsync(setup.Authority is null
                ? "  our authority: not set (inspection authority NAME, or setup --authority NAME)"
                : $"  our authority: {setup.Authority}").ConfigureAwait(false);
            foreach (var result in results)
            {
                var changed = result.TypesSaved + result.PartsSaved + result.RolesSaved + result.ItemsCreated + result.ItemsUpdated;
                await output.WriteLineAsync($"  recipe {result.RecipeName}: {result.StepsApplied.Count} step(s) applied, {changed} change(s)").ConfigureAwait(false);
            }

            if (outcomes.Count > 0)
            {
                var created = outcomes.Count(o => o.Status == Content.Jobs.IngestionItemStatuses.Created);
                await output.WriteLineAsync($"  sample evidence: {created} new, {outcomes.Count - created} already held or rejected").ConfigureAwait(false);
            }

            await output.WriteLineAsync().ConfigureAwait(false);
            var documents = await context.Get<Application.Documents.DocumentService>().ListAsync(null, caller, cancellationToken).ConfigureAwait(false);
            await DocumentsCommand.WriteTableAsync(output, documents).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
