using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Inspection.Application.Operations;
using Inspection.Cli.Hosting;
using Inspection.Cli.Output;
using Inspection.Content.Archive;

namespace Inspection.Cli.Commands;

/// <summary>
/// <c>inspection export DIR</c> and <c>inspection import DIR</c>: the whole store to a new folder, and such a folder into
/// an empty data folder (the index is rebuilt from it). For an administrator.
/// </summary>
public static class BackupCommands
{
    public static Command CreateExport(CommandRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var directory = new Argument<DirectoryInfo>("dir") { Description = "A new or empty folder to write the export to" };
        var command = new Command("export", "Write every item with all its versions, the originals, users, roles, the audit log and saved searches to a folder") { directory };
        runner.Attach(command, async (context, cancellationToken) =>
        {
            var caller = await ConsoleCaller.FromAsync(context, cancellationToken).ConfigureAwait(false);
            var clock = Stopwatch.StartNew();
            var target = context.Value(directory)!.FullName;
            var manifest = await context.Get<StoreBackup>().ExportAsync(target, caller, cancellationToken).ConfigureAwait(false);
            await WriteAsync(context, "Exported", target, manifest, clock.Elapsed, null).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    public static Command CreateImport(CommandRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var directory = new Argument<DirectoryInfo>("dir") { Description = "A folder written by 'inspection export'" };
        var command = new Command("import", "Load an export into an empty data folder, then rebuild the search index from it") { directory };
        runner.Attach(command, async (context, cancellationToken) =>
        {
            var caller = await ConsoleCaller.FromAsync(context, cancellationToken).ConfigureAwait(false);
            var clock = Stopwatch.StartNew();
            var source = context.Value(directory)!.FullName;
            var (manifest, indexed) = await context.Get<StoreBackup>().ImportAsync(source, caller, cancellationToken).ConfigureAwait(false);
            await WriteAsync(context, "Imported", source, manifest, clock.Elapsed, indexed).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task WriteAsync(CommandContext context, string what, string directory, ArchiveManifest manifest, TimeSpan elapsed, int? indexed)
    {
        var seconds = Math.Round(elapsed.TotalSeconds, 1);
        if (context.Json)
        {
            await context.Console.Out.WriteLineAsync(CliJson.Indented(new
            {
                directory,
                dataDirectory = context.DataDirectory,
                manifest.Counts,
                files = manifest.Files.Count,
                bytes = manifest.Files.Sum(f => f.Bytes),
                indexedDocuments = indexed,
                seconds,
            })).ConfigureAwait(false);
            return;
        }

        var c = manifest.Counts;
        var line = string.Create(
            CultureInfo.InvariantCulture,
            $"{what} {c.GetValueOrDefault(ArchiveCounts.Items)} item(s) with {c.GetValueOrDefault(ArchiveCounts.Versions)} version(s), {c.GetValueOrDefault(ArchiveCounts.Passages)} passage(s), {c.GetValueOrDefault(ArchiveCounts.Findings)} finding(s), {c.GetValueOrDefault(ArchiveCounts.Originals)} original(s) ({c.GetValueOrDefault(ArchiveCounts.OriginalBytes)} bytes), {c.GetValueOrDefault(ArchiveCounts.Users)} user(s), {c.GetValueOrDefault(ArchiveCounts.Roles)} role(s), {c.GetValueOrDefault(ArchiveCounts.AuditLines)} audit line(s), {c.GetValueOrDefault(ArchiveCounts.SavedSearches)} saved search(es)");
        await context.Console.Out.WriteLineAsync(line).ConfigureAwait(false);
        await context.Console.Out.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"{(what == "Exported" ? "to" : "from")} {directory}: {manifest.Files.Count} file(s), {manifest.Files.Sum(f => f.Bytes)} bytes, in {seconds} s")).ConfigureAwait(false);
        if (indexed is { } documents)
        {
            await context.Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Rebuilt the search index from the store: {documents} document(s)")).ConfigureAwait(false);
        }
    }
}
