using System.CommandLine;
using System.Text.Json;
using Inspection.Readiness.Setup;
using Inspection.Cli.Output;
using Inspection.Content.Recipes;
using Inspection.Ingestion;
using Inspection.Readiness;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Cli.Hosting;

/// <summary>Runs a command inside the composed services and turns failures into one clear stderr line and an exit code.</summary>
public sealed class CommandRunner(GlobalOptions globals, CliConsole console, IReadOnlyDictionary<string, string?>? settings = null)
{
    public GlobalOptions Globals => globals;

    public CliConsole Console => console;

    public void Attach(Command command, Func<CommandContext, CancellationToken, Task<int>> action) =>
        command.SetAction((parse, cancellationToken) => RunAsync(parse, action, cancellationToken));

    public int WriteError(string message, bool json, string? file = null)
    {
        console.Error.WriteLine(json ? CliJson.Line(new { error = message, file }) : $"error: {message}");
        return ExitCodes.BadInput;
    }

    private async Task<int> RunAsync(ParseResult parse, Func<CommandContext, CancellationToken, Task<int>> action, CancellationToken cancellationToken)
    {
        var json = parse.GetValue(globals.Json);
        var dataDirectory = DataDirectory.Resolve(parse.GetValue(globals.Data)?.FullName);
        try
        {
            await using var services = CliServices.Build(dataDirectory, settings, console.Error, json);
            await using var scope = services.CreateAsyncScope();
            return await action(new CommandContext(parse, scope.ServiceProvider, console, json, dataDirectory, parse.GetValue(globals.As)), cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            console.Error.WriteLine(json ? CliJson.Line(new { error = "cancelled" }) : "cancelled");
            return ExitCodes.Cancelled;
        }
        catch (Search.Indexing.IndexRebuildingException ex)
        {
            // Not a fault of the command: the index is being refilled from the store (by this folder's web app, or a cut-short rebuild).
            console.Error.WriteLine(json ? CliJson.Line(new { error = ex.Message, rebuilding = true }) : $"error: {ex.Message}");
            return ExitCodes.Failed;
        }
        catch (Lucene.Net.Store.LockObtainFailedException)
        {
            // The index is one process's at a time; the store is not, so only commands that read or rebuild the index stop here.
            var message = $"the search index in {dataDirectory} is in use by another process (the web app, or another command, on this data folder); run this once it has stopped (commands that only search read its last saved state meanwhile)";
            console.Error.WriteLine(json ? CliJson.Line(new { error = message, indexInUse = true }) : $"error: {message}");
            return ExitCodes.Failed;
        }
        catch (Readiness.Access.AccessDeniedException ex)
        {
            return WriteError(ex.Message, json);
        }
        catch (Exception ex) when (IsBadInput(ex))
        {
            return WriteError(ex.Message, json, (ex as IngestionException)?.FilePath);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The command boundary: one line for a person, no stack trace (some libraries put the inner one in the message).
            // A data folder that cannot be written fails every command somewhere deep in SQLite or Lucene: say that instead.
            var message = DataDirectory.NotWritableMessage(dataDirectory) ?? FirstLine(ex.Message);
            console.Error.WriteLine(json ? CliJson.Line(new { error = message, type = ex.GetType().Name }) : $"failed: {message}");
            return ExitCodes.Failed;
        }
    }

    private static string FirstLine(string message)
    {
        var end = message.AsSpan().IndexOfAny('\r', '\n');
        return end < 0 ? message : message[..end];
    }

    private static bool IsBadInput(Exception ex) =>
        ex is UsageException or RecipeException or Content.Archive.ArchiveException or IngestionException or ReadinessException or JsonException
            or FileNotFoundException or DirectoryNotFoundException or KeyNotFoundException
            or Microsoft.Extensions.Options.OptionsValidationException;
}
