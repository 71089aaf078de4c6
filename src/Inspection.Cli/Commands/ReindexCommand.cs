using System.CommandLine;
using Inspection.Cli.Hosting;
using Inspection.Cli.Output;
using Inspection.Search.Indexing;

namespace Inspection.Cli.Commands;

/// <summary><c>inspection reindex</c>: rebuild the search index from the store alone.</summary>
public static class ReindexCommand
{
    public static Command Create(CommandRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var command = new Command("reindex", "Rebuild the search index from the store");
        runner.Attach(command, async (context, cancellationToken) =>
        {
            var documents = await context.Get<OutboxIndexer>().RebuildAsync(null, cancellationToken).ConfigureAwait(false);
            var passages = context.Get<PassageIndex>().PassageCount;
            await SearchCatchUp.ReportHealingAsync(context).ConfigureAwait(false);
            await context.Console.Out.WriteLineAsync(context.Json
                ? CliJson.Line(new { documents, passages })
                : $"Rebuilt the index from the store: {documents} document(s), {passages} passage(s)").ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
