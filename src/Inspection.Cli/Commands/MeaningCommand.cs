using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Inspection.Cli.Hosting;
using Inspection.Cli.Output;
using Inspection.Search.Meaning;

namespace Inspection.Cli.Commands;

/// <summary>
/// <c>inspection meaning</c>: embed the passages meaning search does not cover yet. The web app does this in the
/// background; a data folder only the command line uses (or a new one, before the web app first starts) needs it here.
/// </summary>
public static class MeaningCommand
{
    private const int PassagesPerRound = 64;

    public static Command Create(CommandRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var command = new Command("meaning", "Bring meaning search up to date: embed the passages it does not cover yet, with progress");
        runner.Attach(command, async (context, cancellationToken) =>
        {
            await SearchCatchUp.RunAsync(context, cancellationToken).ConfigureAwait(false);
            var meaning = context.Get<MeaningIndex>();
            if (!meaning.Enabled)
            {
                await context.Console.Out.WriteLineAsync(context.Json
                    ? CliJson.Line(new { enabled = false, embedded = 0, pending = 0 })
                    : "Meaning search is off (Search:MeaningSearch is false): nothing to embed.").ConfigureAwait(false);
                return ExitCodes.Success;
            }

            var clock = Stopwatch.StartNew();
            var total = meaning.Pending;
            var embedded = 0;
            var drewBar = false;
            while (meaning.Pending > 0)
            {
                var done = await meaning.CatchUpAsync(PassagesPerRound, cancellationToken).ConfigureAwait(false);
                if (done == 0)
                {
                    break;
                }

                embedded += done;
                var rate = embedded / Math.Max(clock.Elapsed.TotalSeconds, 0.001);
                if (context.Json)
                {
                    await context.Console.Out.WriteLineAsync(CliJson.Line(new { progress = embedded, of = total, passagesPerSecond = Math.Round(rate, 1) })).ConfigureAwait(false);
                }
                else if (context.Console.IsInteractive)
                {
                    await context.Console.Out.WriteAsync(string.Create(CultureInfo.InvariantCulture,
                        $"\r{ProgressBar.Of(embedded, total)} {embedded}/{total} passages, {rate:0.0} a second  ")).ConfigureAwait(false);
                    drewBar = true;
                }
                else
                {
                    await context.Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"[{embedded}/{total}] passages embedded")).ConfigureAwait(false);
                }
            }

            if (drewBar)
            {
                await context.Console.Out.WriteLineAsync().ConfigureAwait(false);
            }

            var pending = meaning.Pending;
            await context.Console.Out.WriteLineAsync(context.Json
                ? CliJson.Line(new { enabled = true, embedded, pending, seconds = Math.Round(clock.Elapsed.TotalSeconds, 1) })
                : pending == 0
                    ? string.Create(CultureInfo.InvariantCulture, $"Meaning search covers every passage: {embedded} embedded in {clock.Elapsed.TotalSeconds:0.0} s.")
                    : string.Create(CultureInfo.InvariantCulture, $"{embedded} passages embedded; {pending} are still not covered (the index is being rebuilt: run the command again when it is done).")).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
