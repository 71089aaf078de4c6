namespace Inspection.Cli.Hosting;

/// <summary>The streams a command writes to, swappable so tests can read what a person would see.</summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error, TextReader? In = null)
{
    public static CliConsole System { get; } = new(Console.Out, Console.Error, Console.In);

    /// <summary>Standard input (<c>search --batch</c>); empty when the host gave none.</summary>
    public TextReader Input => In ?? TextReader.Null;

    /// <summary>True when standard output is a terminal (progress bars) rather than a file or pipe (plain lines).</summary>
    public bool IsInteractive => ReferenceEquals(Out, Console.Out) && !Console.IsOutputRedirected;
}
