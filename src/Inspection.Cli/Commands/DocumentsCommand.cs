using System.CommandLine;
using Inspection.Application.Documents;
using Inspection.Cli.Hosting;
using Inspection.Cli.Output;
using Inspection.Content.Evidence;
using Inspection.Content.Model;
using Inspection.Content.Store;

namespace Inspection.Cli.Commands;

/// <summary><c>inspection documents [--type T] [--json]</c>: the evidence held, newest first.</summary>
public static class DocumentsCommand
{
    public static Command Create(CommandRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var type = new Option<string?>("--type") { Description = "Only this content type (e.g. InspectionLetter, Audit)" };
        var allow = ConsoleCaller.AllowOption("list documents");
        var command = new Command("documents", "List the evidence held in the store") { type, allow };
        runner.Attach(command, async (context, cancellationToken) =>
        {
            var rows = await context.Get<DocumentService>().ListAsync(context.Value(type), ConsoleCaller.From(context, allow: allow), cancellationToken).ConfigureAwait(false);
            if (context.Json)
            {
                await context.Console.Out.WriteLineAsync(CliJson.Indented(rows)).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            await WriteTableAsync(context.Console.Out, rows).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    public static async Task WriteTableAsync(TextWriter output, IReadOnlyList<DocumentSummary> rows)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(rows);
        var table = new TextTable("Id", "Type", "Date", "Title", "Source file");
        foreach (var row in rows)
        {
            table.Add(row.Id, row.Type, UkDates.Format(row.Date), row.Title, row.SourceFile ?? "");
        }

        await table.WriteAsync(output).ConfigureAwait(false);
        await output.WriteLineAsync(rows.Count == 1 ? "1 document" : $"{rows.Count} documents").ConfigureAwait(false);
    }
}
