using System.CommandLine;
using Inspection.Cli.Hosting;
using Inspection.Cli.Output;
using Inspection.Content.Audit;
using Inspection.Content.Definitions;
using Inspection.Content.Users;
using Microsoft.AspNetCore.Identity;

namespace Inspection.Cli.Commands;

/// <summary>
/// <c>inspection users list|add|set-password|role|disable|enable</c>: the people who may sign in to the web app, for an
/// administrator at the server (a headless install, or a forgotten administrator password). Passwords are read from the
/// first line of standard input, never from the command line, and hashed as the web app's sign-in checks them.
/// </summary>
public static class UsersCommand
{
    private const int MinimumPasswordLength = 12;

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
            var users = await context.Get<IUserAccountStore>().ListAsync(cancellationToken).ConfigureAwait(false);
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
            var userName = context.Value(name)!.Trim();
            await RequireRoleAsync(context, context.Value(role)!, cancellationToken).ConfigureAwait(false);
            var password = await ReadPasswordAsync(context, cancellationToken).ConfigureAwait(false);
            var accounts = context.Get<IUserAccountStore>();
            var account = new UserAccount
            {
                Id = Guid.NewGuid().ToString("N"),
                UserName = userName,
                NormalizedUserName = UserAccount.Normalize(userName),
                DisplayName = context.Value(display)?.Trim() ?? "",
                Role = context.Value(role)!,
                SecurityStamp = NewStamp(),
            };
            try
            {
                await accounts.CreateAsync(account with { PasswordHash = Hasher.HashPassword(account, password) }, cancellationToken).ConfigureAwait(false);
            }
            catch (InvalidOperationException e)
            {
                throw new UsageException(e.Message);
            }

            await AuditAsync(context, "user-created", $"{userName} as {account.Role}", cancellationToken).ConfigureAwait(false);
            await context.Console.Out.WriteLineAsync(context.Json ? CliJson.Line(new { userName, role = account.Role }) : $"{userName} can now sign in as {account.Role}").ConfigureAwait(false);
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
            var account = await RequireAsync(context, context.Value(name)!, cancellationToken).ConfigureAwait(false);
            var password = await ReadPasswordAsync(context, cancellationToken).ConfigureAwait(false);
            await context.Get<IUserAccountStore>().UpdateAsync(
                account with { PasswordHash = Hasher.HashPassword(account, password), SecurityStamp = NewStamp(), AccessFailedCount = 0, LockoutEndUtc = null },
                cancellationToken).ConfigureAwait(false);
            await AuditAsync(context, "password-set", account.UserName, cancellationToken).ConfigureAwait(false);
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
            var account = await RequireAsync(context, context.Value(name)!, cancellationToken).ConfigureAwait(false);
            await RequireRoleAsync(context, context.Value(role)!, cancellationToken).ConfigureAwait(false);
            await context.Get<IUserAccountStore>().UpdateAsync(account with { Role = context.Value(role)!, SecurityStamp = NewStamp() }, cancellationToken).ConfigureAwait(false);
            await AuditAsync(context, "role-changed", $"{account.UserName} to {context.Value(role)}", cancellationToken).ConfigureAwait(false);
            await context.Console.Out.WriteLineAsync(context.Json ? CliJson.Line(new { account.UserName, role = context.Value(role) }) : $"{account.UserName} is now {context.Value(role)}").ConfigureAwait(false);
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
            var account = await RequireAsync(context, context.Value(name)!, cancellationToken).ConfigureAwait(false);
            await context.Get<IUserAccountStore>().UpdateAsync(account with { Disabled = disable, SecurityStamp = NewStamp() }, cancellationToken).ConfigureAwait(false);
            await AuditAsync(context, disable ? "user-disabled" : "user-enabled", account.UserName, cancellationToken).ConfigureAwait(false);
            await context.Console.Out.WriteLineAsync(context.Json ? CliJson.Line(new { account.UserName, disabled = disable }) : $"{account.UserName} is now {(disable ? "disabled" : "enabled")}").ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static PasswordHasher<UserAccount> Hasher { get; } = new();

    private static string NewStamp() => Guid.NewGuid().ToString("N");

    private static async Task<UserAccount> RequireAsync(CommandContext context, string name, CancellationToken cancellationToken) =>
        await context.Get<IUserAccountStore>().FindByNameAsync(name, cancellationToken).ConfigureAwait(false)
            ?? throw new UsageException($"no user is called '{name}'");

    private static async Task RequireRoleAsync(CommandContext context, string role, CancellationToken cancellationToken)
    {
        var roles = (await context.Get<IRoleStore>().ListAsync(cancellationToken).ConfigureAwait(false)).Select(r => r.Name).ToList();
        if (!roles.Contains(role, StringComparer.Ordinal))
        {
            throw new UsageException(roles.Count == 0
                ? $"no roles are defined yet: run 'inspection setup' first"
                : $"'{role}' is not a role; choose {string.Join(", ", roles)}");
        }
    }

    private static async Task<string> ReadPasswordAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var password = await context.Console.Input.ReadLineAsync(cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrEmpty(password))
        {
            throw new UsageException("give the password as the first line of standard input (for example: read -rs PW; echo \"$PW\" | inspection users add ...)");
        }

        return password.Length < MinimumPasswordLength
            ? throw new UsageException($"the password must be at least {MinimumPasswordLength} characters")
            : password;
    }

    private static Task AuditAsync(CommandContext context, string action, string detail, CancellationToken cancellationToken) =>
        context.Get<IAuditLog>().WriteAsync($"cli:{Environment.UserName}", action, null, detail, cancellationToken);
}
