using System.CommandLine;
using Inspection.Application.Access;
using Inspection.Content.Evidence;
using Inspection.Readiness.Access;

namespace Inspection.Cli.Hosting;

/// <summary>
/// Who a command acts for. By default the operator at the console, who may do anything (they can read the data folder
/// anyway); with <c>--as USER</c>, that account with its role's permissions, so that the command line refuses and audits
/// exactly what the web app would. <c>--allow</c> narrows what either sees, to answer as a less trusted role would.
/// </summary>
public static class ConsoleCaller
{
    public static Option<string[]> AllowOption(string what)
    {
        var allow = new Option<string[]>("--allow")
        {
            Description = $"Classifications the reader may see (default: all; e.g. --allow Official to {what} as a Viewer would)",
            DefaultValueFactory = _ => [.. Classifications.All],
        };
        allow.AcceptOnlyFromAmong([.. Classifications.All]);
        return allow;
    }

    public static Option<string> UserOption(string what) =>
        new("--user") { Description = $"Who is {what} (recorded in the audit log; ignored with --as)", DefaultValueFactory = _ => Environment.UserName };

    public static async Task<Caller> FromAsync(CommandContext context, CancellationToken cancellationToken, Option<string>? user = null, Option<string[]>? allow = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        Caller caller;
        if (!string.IsNullOrWhiteSpace(context.ActAs))
        {
            caller = await context.Get<CallerDirectory>().ForUserAsync(context.ActAs, cancellationToken).ConfigureAwait(false)
                ?? throw new UsageException($"no enabled account '{context.ActAs}' to act as");
        }
        else
        {
            var name = (user is null ? null : context.Value(user)) ?? Environment.UserName;
            caller = Caller.Operator(string.IsNullOrWhiteSpace(name) ? "cli" : name);
        }

        return allow is null ? caller : caller.Narrowed(context.Value(allow) ?? []);
    }
}
