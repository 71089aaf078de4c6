using System.CommandLine;
using Inspection.Cli.Commands;
using Inspection.Cli.Hosting;
using Inspection.Cli.Output;

namespace Inspection.Cli;

/// <summary>The <c>inspection</c> command line: builds the command tree and runs one invocation.</summary>
public static class InspectionCli
{
    public static RootCommand BuildRoot(CommandRunner runner)
    {
        var root = new RootCommand("Inspection: the evidence repository for Ofsted readiness");
        root.Options.Add(runner.Globals.Data);
        root.Options.Add(runner.Globals.Json);
        root.Options.Add(runner.Globals.As);
        root.Subcommands.Add(SetupCommand.Create(runner));
        root.Subcommands.Add(RecipeCommand.Create(runner));
        root.Subcommands.Add(DocumentsCommand.Create(runner));
        root.Subcommands.Add(ShowCommand.Create(runner));
        root.Subcommands.Add(IngestCommand.Create(runner));
        root.Subcommands.Add(SearchCommand.Create(runner));
        root.Subcommands.Add(ReindexCommand.Create(runner));
        root.Subcommands.Add(MeaningCommand.Create(runner));
        root.Subcommands.Add(DeleteCommand.CreateDelete(runner));
        root.Subcommands.Add(DeleteCommand.CreateRestore(runner));
        root.Subcommands.Add(DeleteCommand.CreateDeleted(runner));
        root.Subcommands.Add(DeleteCommand.CreatePurge(runner));
        root.Subcommands.Add(FindingsCommand.Create(runner));
        root.Subcommands.Add(BriefingCommand.Create(runner));
        root.Subcommands.Add(PackCommand.Create(runner));
        root.Subcommands.Add(UsersCommand.Create(runner));
        root.Subcommands.Add(AuditCommand.Create(runner));
        root.Subcommands.Add(LearnCommand.Create(runner));
        root.Subcommands.Add(ThemesCommand.Create(runner));
        root.Subcommands.Add(CoverageCommand.Create(runner));
        root.Subcommands.Add(CheckCommand.Create(runner));
        root.Subcommands.Add(BackupCommands.CreateExport(runner));
        root.Subcommands.Add(BackupCommands.CreateImport(runner));
        root.Subcommands.Add(AuthorityCommand.Create(runner));
        return root;
    }

    public static Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken = default) =>
        RunAsync(args, console, null, cancellationToken);

    /// <summary>Runs one invocation; <paramref name="settings"/> override configuration (used by tests to choose the store).</summary>
    public static async Task<int> RunAsync(string[] args, CliConsole console, IReadOnlyDictionary<string, string?>? settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(console);
        var runner = new CommandRunner(new GlobalOptions(), console, settings);
        var root = BuildRoot(runner);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            var json = parse.GetValue(runner.Globals.Json);
            var message = string.Join("; ", parse.Errors.Select(e => e.Message));
            console.Error.WriteLine(json ? CliJson.Line(new { error = message }) : $"error: {message} (see 'inspection --help')");
            return ExitCodes.BadInput;
        }

        var configuration = new InvocationConfiguration { Output = console.Out, Error = console.Error };
        return await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }
}
