using System.Globalization;
using System.Text;
using Inspection.Ingestion.Tests.TestSupport;

namespace Inspection.Ingestion.Tests.Snapshots;

/// <summary>
/// Compares text with a snapshot kept in the repository; with <c>INSPECTION_UPDATE_SNAPSHOTS=1</c> (build/update-snapshots.sh)
/// it writes the snapshot instead, so an intended change is reviewed as a diff.
/// </summary>
internal static class SnapshotFile
{
    public const string UpdateVariable = "INSPECTION_UPDATE_SNAPSHOTS";

    private const int ContextLines = 3;

    public static bool Updating =>
        string.Equals(Environment.GetEnvironmentVariable(UpdateVariable), "1", StringComparison.Ordinal)
        && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static void Match(string relativePath, string actual)
    {
        var path = Repository.Path([.. relativePath.Split('/')]);
        if (Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual, new UTF8Encoding(false));
            return;
        }

        Assert.True(File.Exists(path), $"{relativePath} does not exist: run build/update-snapshots.sh and review the new file");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            Assert.Fail(Difference(relativePath, expected, actual));
        }
    }

    // The first differing line with a little context, as a reader would look for it in `git diff` after regenerating.
    private static string Difference(string relativePath, string expected, string actual)
    {
        var before = expected.Split('\n');
        var after = actual.Split('\n');
        var line = 0;
        while (line < before.Length && line < after.Length && string.Equals(before[line], after[line], StringComparison.Ordinal))
        {
            line++;
        }

        var message = new StringBuilder();
        message.Append(CultureInfo.InvariantCulture, $"{relativePath} differs from line {line + 1} ({before.Length} lines kept, {after.Length} now). ");
        message.Append("If the change is intended, run build/update-snapshots.sh and commit the diff.\n");
        for (var i = Math.Max(0, line - ContextLines); i < line; i++)
        {
            message.Append("  ").Append(before[i]).Append('\n');
        }

        for (var i = line; i < Math.Min(before.Length, line + ContextLines); i++)
        {
            message.Append("- ").Append(before[i]).Append('\n');
        }

        for (var i = line; i < Math.Min(after.Length, line + ContextLines); i++)
        {
            message.Append("+ ").Append(after[i]).Append('\n');
        }

        return message.ToString();
    }
}
