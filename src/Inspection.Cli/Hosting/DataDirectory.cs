namespace Inspection.Cli.Hosting;

/// <summary>Resolves the data folder: <c>--data</c>, else <c>INSPECTION_DATA</c>, else the per-user default.</summary>
public static class DataDirectory
{
    public const string EnvironmentVariable = "INSPECTION_DATA";

    /// <summary>The default folder: <c>~/.local/share/inspection</c> on Linux.</summary>
    public static string Default =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "inspection");

    public static string Resolve(DirectoryInfo? option)
    {
        if (option is not null)
        {
            return option.FullName;
        }

        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        return string.IsNullOrWhiteSpace(fromEnvironment) ? Default : Path.GetFullPath(fromEnvironment);
    }
}
