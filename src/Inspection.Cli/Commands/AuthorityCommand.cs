using System.CommandLine;
using Inspection.Application.Settings;
using Inspection.Cli.Hosting;
using Inspection.Cli.Output;

namespace Inspection.Cli.Commands;

/// <summary>
/// <c>inspection authority [NAME] [--clear]</c>: which authority this repository serves. Without a name it says which; with
/// one it sets it (a new version of the settings, audited); <c>--clear</c> unsets it.
/// </summary>
public static class AuthorityCommand
{
    public static Command Create(CommandRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var name = new Argument<string?>("name") { Description = "The authority's name, e.g. \"Westmarch County Council\"", Arity = ArgumentArity.ZeroOrOne };
        var clear = new Option<bool>("--clear") { Description = "Unset it: findings, gaps, briefings and packs then take every organisation's evidence" };
        var user = ConsoleCaller.UserOption("change the authority");
        var command = new Command("authority", "Show or change which authority this repository serves (findings, gaps, briefings and packs are about it)") { name, clear, user };
        runner.Attach(command, async (context, cancellationToken) =>
        {
            var settings = context.Get<AuthoritySettings>();
            var given = context.Value(name);
            if (context.Value(clear) && !string.IsNullOrWhiteSpace(given))
            {
                throw new UsageException("give a name or --clear, not both");
            }

            var changed = false;
            if (context.Value(clear) || !string.IsNullOrWhiteSpace(given))
            {
                var caller = await ConsoleCaller.FromAsync(context, cancellationToken, user).ConfigureAwait(false);
                changed = await settings.SetAsync(context.Value(clear) ? null : given, caller, cancellationToken).ConfigureAwait(false);
            }

            var authority = await settings.GetAsync(cancellationToken).ConfigureAwait(false);
            await context.Console.Out.WriteLineAsync(context.Json
                ? CliJson.Line(new { authority, changed })
                : authority is null
                    ? "No authority is set: findings, gaps, briefings and packs take every organisation's evidence. Set one with 'inspection authority NAME'."
                    : $"Our authority: {authority}{(changed ? " (changed)" : "")}").ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
