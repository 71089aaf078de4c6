namespace Inspection.Content.Store;

/// <summary>
/// Folders and files of the data folder readable by the account the app runs as and nobody else (on Unix; Windows
/// folders inherit the access list of where they are made). The data folder holds Personal originals and password hashes.
/// </summary>
public static class OwnerOnly
{
    public const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates the folder (and its parents) owner-only, and takes group and others' access from one that exists.</summary>
    public static void CreateDirectory(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }

        Directory.CreateDirectory(path, FolderMode);
        if ((File.GetUnixFileMode(path) & ~FolderMode) != 0)
        {
            File.SetUnixFileMode(path, FolderMode);
        }
    }

    /// <summary>Takes group and others' access from a file that exists.</summary>
    public static void RestrictFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!OperatingSystem.IsWindows() && File.Exists(path) && (File.GetUnixFileMode(path) & ~FileMode) != 0)
        {
            File.SetUnixFileMode(path, FileMode);
        }
    }

    /// <summary>Options for a new file created owner-only.</summary>
    public static FileStreamOptions NewFile(int bufferSize)
    {
        var options = new FileStreamOptions
        {
            Mode = System.IO.FileMode.CreateNew,
            Access = FileAccess.Write,
            Share = FileShare.None,
            BufferSize = bufferSize,
            Options = FileOptions.Asynchronous,
        };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = FileMode;
        }

        return options;
    }
}
