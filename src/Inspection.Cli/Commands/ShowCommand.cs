using System.CommandLine;
using Inspection.Application.Documents;
using Inspection.Cli.Hosting;
using Inspection.Cli.Output;
using Inspection.Content.Evidence;
using Inspection.Content.Model;

namespace Inspection.Cli.Commands;

/// <summary><c>inspection show ID [--json]</c>: one document with its versions, findings and passages.</summary>
public static class ShowCommand
{
    public static Command Create(CommandRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var id = new Argument<string>("id") { Description = "The document's content item id" };
        var allow = ConsoleCaller.AllowOption("show the document");
        var command = new Command("show", "Show one document with its findings and passages") { id, allow };
        runner.Attach(command, async (context, cancellationToken) =>
        {
            var itemId = context.Value(id)!;
            // Viewing restricted evidence is audited by the application layer, as it is for the web pages.
            var shown = await context.Get<DocumentService>().GetAsync(itemId, await ConsoleCaller.FromAsync(context, cancellationToken, allow: allow).ConfigureAwait(false), cancellationToken).ConfigureAwait(false)
                ?? throw new UsageException($"no document with id '{itemId}'");
            var (item, versions, findings, passages) = (shown.Item, shown.Versions, shown.Findings, shown.Passages);
            if (context.Json)
            {
                var view = new
                {
                    document = DocumentSummary.From(item),
                    item,
                    versions = versions.Select(v => new { v.ContentItemVersionId, v.Latest, v.Published, v.ModifiedUtc }),
                    findings = findings.Select(f => new { id = f.FindingId, f.Kind, f.Text, f.Page, f.VisitDate, f.VisitKind, f.Status, f.Verdict }),
                    passages = passages.Select(p => new { id = p.PassageId, p.Ordinal, p.HeadingPath, p.PageFrom, p.PageTo, p.Text }),
                };
                await context.Console.Out.WriteLineAsync(CliJson.Indented(view)).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            await WriteTextAsync(context.Console.Out, item, versions.Count, findings, passages).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task WriteTextAsync(TextWriter output, ContentItem item, int versionCount, IReadOnlyList<Finding> findings, IReadOnlyList<Passage> passages)
    {
        var summary = DocumentSummary.From(item);
        await output.WriteLineAsync(summary.Title).ConfigureAwait(false);
        await output.WriteLineAsync($"  Id:             {summary.Id} ({versionCount} version(s), {(summary.Published ? "published" : "draft")})").ConfigureAwait(false);
        await output.WriteLineAsync($"  Type:           {summary.Type}").ConfigureAwait(false);
        await output.WriteLineAsync($"  Date:           {UkDates.Format(summary.Date)}").ConfigureAwait(false);
        await output.WriteLineAsync($"  Organisation:   {summary.Organisation}").ConfigureAwait(false);
        await output.WriteLineAsync($"  Classification: {summary.Classification}").ConfigureAwait(false);
        await output.WriteLineAsync($"  Source file:    {summary.SourceFile} ({summary.Pages} pages)").ConfigureAwait(false);
        if (findings.Count > 0)
        {
            await output.WriteLineAsync().ConfigureAwait(false);
            await output.WriteLineAsync($"Findings ({findings.Count})").ConfigureAwait(false);
            foreach (var finding in findings)
            {
                var verdict = finding.Verdict is null ? "" : $" [{finding.Verdict}]";
                await output.WriteLineAsync($"  - p.{finding.Page} {finding.Kind}{verdict}: {finding.Text}").ConfigureAwait(false);
            }
        }

        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync($"Passages ({passages.Count})").ConfigureAwait(false);
        foreach (var passage in passages)
        {
            var pages = passage.PageFrom == passage.PageTo ? $"p.{passage.PageFrom}" : $"pp.{passage.PageFrom}-{passage.PageTo}";
            await output.WriteLineAsync($"  [{pages}] {passage.HeadingPath}").ConfigureAwait(false);
        }
    }
}
