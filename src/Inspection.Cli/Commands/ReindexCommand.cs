using System.CommandLine;
using Inspection.Cli.Hosting;
using Inspection.Cli.Output;
using Inspection.Application.Operations;

namespace Inspection.Cli.Commands;

/// <summary><c>inspection reindex</c>: rebuild the search index from the store alone (audited; with <c>--as</c>, for those who may run the integrity check).</summary>
public static class ReindexCommand
{
    public static Command Create(CommandRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var command = new Command("reindex", "Rebuild the search index from the store");
        runner.Attach(command, async (context, cancellationToken) =>
        {
            var caller = await ConsoleCaller.FromAsync(context, cancellationToken).ConfigureAwait(false);
            var (documents, passages) = await context.Get<IndexMaintenance>().RebuildAsync(caller, cancellationToken).ConfigureAwait(false);
            await SearchCatchUp.ReportHealingAsync(context).ConfigureAwait(false);
            await context.Console.Out.WriteLineAsync(context.Json
                ? CliJson.Line(new { documents, passages })
                : $"Rebuilt the index from the store: {documents} document(s), {passages} passage(s)").ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
