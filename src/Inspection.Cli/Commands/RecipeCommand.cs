using System.CommandLine;
using System.Globalization;
using Inspection.Application.Operations;
using Inspection.Cli.Hosting;
using Inspection.Cli.Output;
using Inspection.Content.Recipes;
using Inspection.Content.Store;

namespace Inspection.Cli.Commands;

/// <summary><c>inspection recipe import FILE...</c> and <c>inspection recipe export --out FILE</c>.</summary>
public static class RecipeCommand
{
    public static Command Create(CommandRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var command = new Command("recipe", "Import or export Orchard Core recipes");
        command.Subcommands.Add(CreateImport(runner));
        command.Subcommands.Add(CreateExport(runner));
        return command;
    }

    private static Command CreateImport(CommandRunner runner)
    {
        var files = new Argument<FileInfo[]>("file") { Description = "Recipe files (.recipe.json)", Arity = ArgumentArity.OneOrMore };
        var parameters = new Option<string[]>("--param") { Description = "A recipe parameter NAME=VALUE, answering [js: parameters('NAME')]", AllowMultipleArgumentsPerToken = false };
        var command = new Command("import", "Import recipes in one transaction: all apply or none") { files, parameters };
        runner.Attach(command, async (context, cancellationToken) =>
        {
            var values = ParseParameters(context.Value(parameters) ?? []);
            var paths = (context.Value(files) ?? []).Select(f => f.FullName).ToList();
            await context.Get<IStoreInitializer>().InitializeAsync(cancellationToken).ConfigureAwait(false);
            var caller = await ConsoleCaller.FromAsync(context, cancellationToken).ConfigureAwait(false);
            var progress = context.Json ? null : new ItemsProgress(context.Console);
            var results = await context.Get<RecipeTransfer>().ImportAsync(paths, values, caller, progress, cancellationToken).ConfigureAwait(false);
            progress?.End();
            await SearchCatchUp.RunAfterChangeAsync(context, cancellationToken).ConfigureAwait(false);
            if (context.Json)
            {
                await context.Console.Out.WriteLineAsync(CliJson.Indented(results)).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            foreach (var result in results)
            {
                await context.Console.Out.WriteLineAsync(
                    $"{result.RecipeName}: {result.TypesSaved} type(s), {result.PartsSaved} part(s), {result.RolesSaved} role(s); " +
                    $"items {result.ItemsCreated} created, {result.ItemsUpdated} updated, {result.ItemsUnchanged} unchanged").ConfigureAwait(false);
                if (result.StepsSkipped.Count > 0)
                {
                    await context.Console.Out.WriteLineAsync($"  skipped steps with no meaning here: {string.Join(", ", result.StepsSkipped)}").ConfigureAwait(false);
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateExport(CommandRunner runner)
    {
        var output = new Option<FileInfo>("--out") { Description = "Where to write the recipe", Required = true };
        var publishedOnly = new Option<bool>("--published-only") { Description = "Export published versions only (as an Orchard deployment does)" };
        var command = new Command("export", "Write content types, items and roles as an Orchard Core recipe") { output, publishedOnly };
        runner.Attach(command, async (context, cancellationToken) =>
        {
            var path = context.Value(output)!.FullName;
            var caller = await ConsoleCaller.FromAsync(context, cancellationToken).ConfigureAwait(false);
            await context.Get<RecipeTransfer>()
                .ExportAsync(path, new RecipeExportOptions { PublishedOnly = context.Value(publishedOnly), Author = "Inspection" }, caller, cancellationToken)
                .ConfigureAwait(false);
            await context.Console.Out.WriteLineAsync(context.Json ? CliJson.Line(new { file = path }) : $"Exported to {path}").ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Dictionary<string, string> ParseParameters(IEnumerable<string> pairs)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new UsageException($"--param '{pair}': expected NAME=VALUE");
            }

            values[pair[..equals]] = pair[(equals + 1)..];
        }

        return values;
    }

    // A Content step of many items says how far it has got (a bar at a terminal, a line a batch otherwise); small recipes
    // stay quiet. Reported from the import's own flow, so lines come in order.
    private sealed class ItemsProgress(CliConsole console) : IProgress<RecipeProgress>
    {
        private const int Worth = 1000;
        private bool _drewBar;

        public void Report(RecipeProgress value)
        {
            if (value.Items < Worth)
            {
                return;
            }

            var where = Path.GetFileName(value.Source);
            if (console.IsInteractive)
            {
                console.Out.Write(string.Create(CultureInfo.InvariantCulture, $"\r{ProgressBar.Of(value.ItemsDone, value.Items)} {value.ItemsDone}/{value.Items} items of {where}  "));
                _drewBar = true;
            }
            else
            {
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{value.ItemsDone}/{value.Items}] items of {where} saved"));
            }
        }

        public void End()
        {
            if (_drewBar)
            {
                console.Out.WriteLine();
            }
        }
    }
}
