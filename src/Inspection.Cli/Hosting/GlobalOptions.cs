using System.CommandLine;

namespace Inspection.Cli.Hosting;

/// <summary>Options every command takes: where the data lives and whether to answer in JSON.</summary>
public sealed class GlobalOptions
{
    public Option<DirectoryInfo?> Data { get; } = new("--data")
    {
        Description = "Data folder (default: $INSPECTION_DATA, else ~/.local/share/inspection)",
        Recursive = true,
    };

    /// <summary>Act as a user of the web app, with their role's permissions, instead of as the operator at the console.</summary>
    public Option<string?> As { get; } = new("--as")
    {
        Description = "Act as this user account, with its role's permissions and classifications (default: the operator at the console, who may do everything)",
        Recursive = true,
    };

    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Write machine-readable JSON to standard output",
        Recursive = true,
    };
}
