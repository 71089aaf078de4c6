using System.CommandLine;
using Inspection.Application.Accounts;
using Inspection.Cli.Hosting;
using Inspection.Cli.Output;
using Inspection.Content.Users;

namespace Inspection.Cli.Commands;

/// <summary>
/// <c>inspection users list|add|set-password|role|disable|enable</c>: the people who may sign in to the web app, for an
/// administrator at the server (a headless install, or a forgotten administrator password). Passwords are read from the
/// first line of standard input, never from the command line, and hashed as the web app's sign-in checks them.
/// </summary>
public static class UsersCommand
{
    public static Command Create(CommandRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var command = new Command("users", "The people who may sign in to the web app");
        command.Subcommands.Add(List(runner));
        command.Subcommands.Add(Add(runner));
        command.Subcommands.Add(SetPassword(runner));
        command.Subcommands.Add(Role(runner));
        command.Subcommands.Add(Disable(runner, disable: true));
        command.Subcommands.Add(Disable(runner, disable: false));
        return command;
    }

    private static Command List(CommandRunner runner)
    {
        var command = new Command("list", "Everyone who may sign in, with their role");
        runner.Attach(command, async (context, cancellationToken) =>
        {
            var users = await context.Get<AccountAdministration>().ListAsync(await ConsoleCaller.FromAsync(context, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
            if (context.Json)
            {
                await context.Console.Out.WriteLineAsync(CliJson.Indented(users.Select(u => new { u.UserName, u.DisplayName, u.Role, u.Disabled, u.LastSignInUtc }))).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            var table = new TextTable("User name", "Name", "Role", "Account", "Last signed in");
            foreach (var u in users)
            {
                table.Add(u.UserName, u.DisplayName, u.Role, u.Disabled ? "disabled" : "enabled", u.LastSignInUtc is null ? "never" : UkDates.Format(u.LastSignInUtc));
            }

            await table.WriteAsync(context.Console.Out).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Add(CommandRunner runner)
    {
        var name = new Argument<string>("name") { Description = "The user name people sign in with" };
        var role = new Option<string>("--role") { Description = "Viewer, Contributor, QualityLead, SeniorLeader or Administrator (as the roles recipe defines them)", Required = true };
        var display = new Option<string?>("--display-name") { Description = "The person's full name" };
        var command = new Command("add", "Add a person; the password is the first line of standard input") { name, role, display };
        runner.Attach(command, async (context, cancellationToken) =>
        {
            var password = await ReadPasswordAsync(context, cancellationToken).ConfigureAwait(false);
            var change = await context.Get<AccountAdministration>().CreateAsync(
                context.Value(name), context.Value(display), context.Value(role), password, await ConsoleCaller.FromAsync(context, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
            var account = Done(change);
            await context.Console.Out.WriteLineAsync(context.Json ? CliJson.Line(new { account.UserName, role = account.Role }) : $"{account.UserName} can now sign in as {account.Role}").ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command SetPassword(CommandRunner runner)
    {
        var name = new Argument<string>("name") { Description = "The user name" };
        var command = new Command("set-password", "Set a new password (first line of standard input) and lift any lockout; the person's sessions end") { name };
        runner.Attach(command, async (context, cancellationToken) =>
        {
            var password = await ReadPasswordAsync(context, cancellationToken).ConfigureAwait(false);
            var account = Done(await context.Get<AccountAdministration>().SetPasswordAsync(
                context.Value(name)!, password, await ConsoleCaller.FromAsync(context, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false));
            await context.Console.Out.WriteLineAsync(context.Json ? CliJson.Line(new { account.UserName }) : $"New password set for {account.UserName}").ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Role(CommandRunner runner)
    {
        var name = new Argument<string>("name") { Description = "The user name" };
        var role = new Argument<string>("role") { Description = "The new role" };
        var command = new Command("role", "Change a person's role; it applies from their next page") { name, role };
        runner.Attach(command, async (context, cancellationToken) =>
        {
            var account = Done(await context.Get<AccountAdministration>().SetRoleAsync(
                context.Value(name)!, context.Value(role), await ConsoleCaller.FromAsync(context, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false));
            await context.Console.Out.WriteLineAsync(context.Json ? CliJson.Line(new { account.UserName, role = account.Role }) : $"{account.UserName} is now {account.Role}").ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Disable(CommandRunner runner, bool disable)
    {
        var name = new Argument<string>("name") { Description = "The user name" };
        var command = new Command(disable ? "disable" : "enable", disable ? "Stop a person signing in (their sessions end); the audit log keeps their name" : "Let a disabled person sign in again") { name };
        runner.Attach(command, async (context, cancellationToken) =>
        {
            var account = Done(await context.Get<AccountAdministration>().SetDisabledAsync(
                context.Value(name)!, disable, await ConsoleCaller.FromAsync(context, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false));
            await context.Console.Out.WriteLineAsync(context.Json ? CliJson.Line(new { account.UserName, disabled = disable }) : $"{account.UserName} is now {(disable ? "disabled" : "enabled")}").ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    // The account rules' field errors, as one line a person at the console can act on.
    private static UserAccount Done(AccountChange change) =>
        change.Account ?? throw new UsageException(string.Join("; ", change.Errors.Values).Replace("No user is called", "no user is called", StringComparison.Ordinal));

    private static async Task<string> ReadPasswordAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var password = await context.Console.Input.ReadLineAsync(cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrEmpty(password))
        {
            throw new UsageException("give the password as the first line of standard input (for example: read -rs PW; echo \"$PW\" | inspection users add ...)");
        }

        return password;
    }
}
