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

    /// <summary>
    /// Null when a file can be made in <paramref name="path"/> (the folder is made first if missing); else why not, in the
    /// system's words ("Read-only file system", "Permission denied"). The store and the index write there even to read:
    /// SQLite keeps its write-ahead log's index beside the database, and the index takes its write lock.
    /// </summary>
    public static string? WhyNotWritable(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var probe = Path.Combine(path, ".write-check-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(path);
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }

            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The system's reason without the probe's own name.
            return ex.Message.Replace($" : '{probe}'", "", StringComparison.Ordinal);
        }
    }

    /// <summary>What a person is told when the data folder cannot be written, or null when it can.</summary>
    public static string? NotWritableMessage(string path) =>
        WhyNotWritable(path) is { } reason
            ? $"the data folder {path} cannot be written ({reason}); the store and the search index write there, even to answer a search"
            : null;
}
