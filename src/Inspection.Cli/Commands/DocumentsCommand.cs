using System.CommandLine;
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
        var command = new Command("documents", "List the evidence held in the store") { type };
        runner.Attach(command, async (context, cancellationToken) =>
        {
            var items = await context.Get<IContentStore>().ListAsync(context.Value(type), cancellationToken).ConfigureAwait(false);
            if (context.Json)
            {
                var rows = Rows(items);
                await context.Console.Out.WriteLineAsync(CliJson.Indented(rows)).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            await WriteTableAsync(context.Console.Out, items).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    public static async Task WriteTableAsync(TextWriter output, IReadOnlyList<ContentItem> items)
    {
        ArgumentNullException.ThrowIfNull(output);
        var rows = Rows(items);
        var table = new TextTable("Id", "Type", "Date", "Title", "Source file");
        foreach (var row in rows)
        {
            table.Add(row.Id, row.Type, UkDates.Format(row.Date), row.Title, row.SourceFile ?? "");
        }

        await table.WriteAsync(output).ConfigureAwait(false);
        await output.WriteLineAsync(rows.Count == 1 ? "1 document" : $"{rows.Count} documents").ConfigureAwait(false);
    }

    private static List<DocumentSummary> Rows(IReadOnlyList<ContentItem> items) =>
        [.. items.Where(EvidencePart.IsEvidence).Select(DocumentSummary.From).OrderByDescending(d => d.Date).ThenBy(d => d.Title, StringComparer.Ordinal)];
}
