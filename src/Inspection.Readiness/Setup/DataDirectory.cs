namespace Inspection.Readiness.Setup;

/// <summary>Resolves the data folder: an explicit path (<c>--data</c>), else <c>INSPECTION_DATA</c>, else the per-user default.</summary>
public static class DataDirectory
{
    public const string EnvironmentVariable = "INSPECTION_DATA";

    /// <summary>The default folder: <c>~/.local/share/inspection</c> on Linux.</summary>
    public static string Default =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "inspection");

    /// <summary><paramref name="explicitPath"/> when given (a command-line option or a host setting), else the environment, else the default.</summary>
    public static string Resolve(string? explicitPath)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            return Path.GetFullPath(explicitPath);
        }

        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        return string.IsNullOrWhiteSpace(fromEnvironment) ? Default : Path.GetFullPath(fromEnvironment);
    }
}
