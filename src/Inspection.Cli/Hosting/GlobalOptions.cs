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

    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Write machine-readable JSON to standard output",
        Recursive = true,
    };
}
