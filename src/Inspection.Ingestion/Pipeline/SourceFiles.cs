namespace Inspection.Ingestion.Pipeline;

/// <summary>Expands the paths a person gives (files and folders, recursively) into the files to ingest, in a stable order.</summary>
public static class SourceFiles
{
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<string>();
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            if (Directory.Exists(full))
            {
                files.AddRange(Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories)
                    .Where(f => !IsHiddenOrNote(f))
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(full))
            {
                files.Add(full);
            }
            else
            {
                throw new FileNotFoundException($"{path}: no such file or folder", path);
            }
        }

        return [.. files.Distinct(StringComparer.Ordinal)];
    }

    // A folder's README and dot-files describe the evidence; they are not evidence.
    private static bool IsHiddenOrNote(string file)
    {
        var name = Path.GetFileName(file);
        return name.StartsWith('.') || name.Equals("README.md", StringComparison.OrdinalIgnoreCase);
    }
}
