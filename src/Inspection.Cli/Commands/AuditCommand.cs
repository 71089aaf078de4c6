using System.CommandLine;
using System.Globalization;
using Inspection.Application.Audit;
using Inspection.Cli.Hosting;
using Inspection.Cli.Output;

namespace Inspection.Cli.Commands;

/// <summary><c>inspection audit [--document ID] [--max N]</c>: the audit log, newest first, as the web's audit page shows it.</summary>
public static class AuditCommand
{
    public static Command Create(CommandRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var document = new Option<string?>("--document") { Description = "Only the lines about this document" };
        var max = new Option<int>("--max") { Description = "How many lines, newest first", DefaultValueFactory = _ => 100 };
        var command = new Command("audit", "The audit log: sign-ins, refusals, views of restricted evidence, downloads, exports and changes") { document, max };
        runner.Attach(command, async (context, cancellationToken) =>
        {
            var caller = await ConsoleCaller.FromAsync(context, cancellationToken).ConfigureAwait(false);
            var entries = await context.Get<AuditReader>().ListAsync(context.Value(document), Math.Clamp(context.Value(max), 1, 10_000), caller, cancellationToken).ConfigureAwait(false);
            if (context.Json)
            {
                await context.Console.Out.WriteLineAsync(CliJson.Indented(entries)).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            var table = new TextTable("When (UTC)", "Who", "What", "Document", "Detail");
            foreach (var e in entries)
            {
                table.Add(e.Utc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), e.UserName, e.Action, e.ContentItemId ?? "", e.Detail ?? "");
            }

            await table.WriteAsync(context.Console.Out).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
