namespace Inspection.Cli;

/// <summary>Process exit codes of the <c>inspection</c> command.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Something unexpected failed (a bug, a disk or database fault).</summary>
    public const int Failed = 1;

    /// <summary>Bad usage or bad input: the message says what to change.</summary>
    public const int BadInput = 2;

    /// <summary><c>inspection check</c> ran and found problems (the report names them).</summary>
    public const int ProblemsFound = 3;

    /// <summary>The person stopped the command (Ctrl-C or SIGINT): 128 plus the signal's number, as shells report it.</summary>
    public const int Cancelled = 130;
}
