using System.Globalization;
using Lucene.Net.Codecs;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Inspection.Search.Indexing;

/// <summary>What a Lucene index folder is made of, checked cheaply, and where an unreadable one is put aside.</summary>
internal static class IndexFiles
{
    /// <summary>
    /// Reads the footer of every file the last commit names: Lucene 4.8 ends each file with a checksum footer, so a file
    /// cut short or overwritten at its end fails here at open rather than in a later search. The checksums themselves
    /// are not computed (that would read the whole index).
    /// </summary>
    public static void CheckFooters(Lucene.Net.Store.Directory directory)
    {
        if (SegmentInfos.GetLastCommitGeneration(directory) < 0)
        {
            return;
        }

        var infos = new SegmentInfos();
        infos.Read(directory);
        foreach (var file in infos.GetFiles(directory, includeSegmentsFile: true))
        {
            using var input = directory.OpenInput(file, IOContext.READ_ONCE);
            CodecUtil.RetrieveChecksum(input);
        }
    }

    /// <summary>Whether opening the index failed because the index is unreadable (rather than locked by another process, or cancelled).</summary>
    public static bool IsUnreadable(Exception exception) =>
        exception is not (LockObtainFailedException or OperationCanceledException or OutOfMemoryException or UnauthorizedAccessException
            or ObjectDisposedException);

    /// <summary>Renames <paramref name="path"/> to a dated sibling, kept for inspection; returns the new path.</summary>
    public static string MoveAside(string path, DateTimeOffset now)
    {
        var trimmed = Path.TrimEndingDirectorySeparator(path);
        var stamp = now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var target = trimmed + ".unreadable-" + stamp;
        for (var n = 2; System.IO.Directory.Exists(target); n++)
        {
            target = trimmed + ".unreadable-" + stamp + "-" + n.ToString(CultureInfo.InvariantCulture);
        }

        System.IO.Directory.Move(trimmed, target);
        return target;
    }
}
