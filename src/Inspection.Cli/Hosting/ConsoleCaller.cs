using System.CommandLine;
using Inspection.Content.Evidence;
using Inspection.Readiness.Access;

namespace Inspection.Cli.Hosting;

/// <summary>
/// The person at the console as the application layer sees them: an operator who may do anything (they can read the data
/// folder anyway), optionally narrowed with <c>--allow</c> to what a less trusted role would see.
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
        new("--user") { Description = $"Who is {what} (recorded in the audit log)", DefaultValueFactory = _ => Environment.UserName };

    public static Caller From(CommandContext context, Option<string>? user = null, Option<string[]>? allow = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var name = (user is null ? null : context.Value(user)) ?? Environment.UserName;
        return Caller.Operator(string.IsNullOrWhiteSpace(name) ? "cli" : name, allow is null ? null : context.Value(allow));
    }
}
