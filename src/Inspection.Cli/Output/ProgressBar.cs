namespace Inspection.Cli.Output;

/// <summary>The bar a long command redraws in place on a terminal: "[######..................]".</summary>
public static class ProgressBar
{
    private const int Width = 24;

    public static string Of(int done, int total)
    {
        var filled = total <= 0 ? Width : Math.Clamp(done * Width / total, 0, Width);
        return $"[{new string('#', filled)}{new string('.', Width - filled)}]";
    }
}
