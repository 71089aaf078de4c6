using System.CommandLine;
using Inspection.Cli.Hosting;
using Inspection.Cli.Output;
using Inspection.Readiness.Frameworks;

namespace Inspection.Cli.Commands;

/// <summary><c>inspection themes [--framework ID] [--json]</c>: the frameworks and their themes as a tree (JSON: frameworks with their themes).</summary>
public static class ThemesCommand
{
    public static Command Create(CommandRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var framework = new Option<string?>("--framework") { Description = "Only this framework (ilacs, send-2016, send-2023, eif)" };
        var command = new Command("themes", "List the inspection frameworks and their themes") { framework };
        runner.Attach(command, async (context, cancellationToken) =>
        {
            var all = await context.Get<IFrameworkCatalog>().ListAsync(cancellationToken).ConfigureAwait(false);
            var wanted = context.Value(framework);
            var frameworks = wanted is null ? all : [.. all.Where(f => string.Equals(f.Id, wanted, StringComparison.Ordinal))];
            if (wanted is not null && frameworks.Count == 0)
            {
                throw UnknownFramework(wanted, all);
            }

            if (context.Json)
            {
                await context.Console.Out.WriteLineAsync(CliJson.Indented(frameworks.Select(f => new
                {
                    id = f.Id,
                    title = f.Title,
                    description = f.Description,
                    themes = f.Themes.Select(t => new
                    {
                        id = t.Id,
                        parentId = t.ParentId,
                        title = t.Title,
                        criteria = t.Criteria,
                        keyPhrases = t.KeyPhrases.Select(p => new { text = p.Text, weight = p.Weight }),
                        query = t.Query,
                    }),
                }))).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            var output = context.Console.Out;
            foreach (var f in frameworks)
            {
                await output.WriteLineAsync($"{f.Id}  {f.Title}").ConfigureAwait(false);
                foreach (var theme in f.Themes)
                {
                    var depth = theme.Id.Count(c => c == '/');
                    await output.WriteLineAsync($"{new string(' ', depth * 2)}{theme.Id}  {theme.Title}").ConfigureAwait(false);
                }

                await output.WriteLineAsync().ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The bad-usage error for a framework id nobody defined, listing the ones that exist.</summary>
    internal static UsageException UnknownFramework(string id, IReadOnlyList<FrameworkDefinition> known) =>
        new($"unknown framework '{id}'; known frameworks: {string.Join(", ", known.Select(f => f.Id))}");
}
