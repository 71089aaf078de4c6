namespace Inspection.Cli.Hosting;

/// <summary>The streams a command writes to, swappable so tests can read what a person would see.</summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error)
{
    public static CliConsole System { get; } = new(Console.Out, Console.Error);

    /// <summary>True when standard output is a terminal (progress bars) rather than a file or pipe (plain lines).</summary>
    public bool IsInteractive => ReferenceEquals(Out, Console.Out) && !Console.IsOutputRedirected;
}
