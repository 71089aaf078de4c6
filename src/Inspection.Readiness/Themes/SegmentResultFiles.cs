using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Lucene.Net.Index;
using Microsoft.Extensions.Logging;

namespace Inspection.Readiness.Themes;

/// <summary>
/// Theme hits and passage facts per index segment, kept in files beside the index so that a new process (every CLI
/// command, a restarted web app) reads them instead of searching again. A segment never changes once written, so its
/// results stay true; deletions are applied by the reader at use. A file is named after the segment (name, flush
/// timestamp and size, which a rebuilt index does not repeat) and, for hits, after a hash of the compiled query, so an
/// edited theme or glossary simply misses. Files are an optimisation: any that cannot be read are recomputed.
/// </summary>
internal sealed class SegmentResultFiles(string directory, ILogger logger)
{
    // Bump when the file layout or what the results mean changes.
    private const string Format = "r1";
    private const int Magic = 0x49525331;

    public string Directory => directory;

    /// <summary>
    /// A name unique to this segment's contents, or null when the segment cannot be identified (results are then not
    /// kept): a hash of its name, flush time, size in passages and the sizes of its files, which a rebuilt index with
    /// reused segment names does not repeat. Deletions are not part of it: they are applied at use.
    /// </summary>
    public static string? SegmentKey(AtomicReader reader)
    {
        if (reader is not SegmentReader segment)
        {
            return null;
        }

        var info = segment.SegmentInfo.Info;
        if (info.Diagnostics is null || !info.Diagnostics.TryGetValue("timestamp", out var stamp) || string.IsNullOrEmpty(stamp))
        {
            return null;
        }

        var identity = new StringBuilder();
        identity.Append(info.Name).Append('\n').Append(stamp).Append('\n').Append(info.DocCount.ToString(CultureInfo.InvariantCulture));
        try
        {
            foreach (var file in info.GetFiles().Order(StringComparer.Ordinal))
            {
                identity.Append('\n').Append(file).Append('=').Append(info.Dir.FileLength(file).ToString(CultureInfo.InvariantCulture));
            }
        }
        catch (IOException)
        {
            return null;
        }

        return info.Name + "-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity.ToString())))[..16];
    }

    public static string QueryKey(Lucene.Net.Search.Query query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query.ToString())))[..24];
    }

    public (int[] Docs, float[] Scores)? ReadHits(string segmentKey, string queryKey, int maxDoc)
    {
        var bytes = ReadFile(HitsPath(segmentKey, queryKey));
        if (bytes is null || bytes.Length < 8)
        {
            return null;
        }

        var header = MemoryMarshal.Cast<byte, int>(bytes.AsSpan(0, 8));
        var count = header[1];
        if (header[0] != Magic || count < 0 || bytes.Length != 8 + (8L * count))
        {
            return null;
        }

        var docs = MemoryMarshal.Cast<byte, int>(bytes.AsSpan(8, 4 * count)).ToArray();
        var scores = MemoryMarshal.Cast<byte, float>(bytes.AsSpan(8 + (4 * count), 4 * count)).ToArray();
        // Doc ids ascend within the segment; anything else is a damaged file.
        for (var i = 0; i < docs.Length; i++)
        {
            if (docs[i] < 0 || docs[i] >= maxDoc || (i > 0 && docs[i] <= docs[i - 1]))
            {
                return null;
            }
        }

        return (docs, scores);
    }

    public void WriteHits(string segmentKey, string queryKey, int[] docs, float[] scores)
    {
        WriteFile(HitsPath(segmentKey, queryKey), stream =>
        {
            stream.Write(MemoryMarshal.AsBytes<int>([Magic, docs.Length]));
            stream.Write(MemoryMarshal.AsBytes(docs.AsSpan()));
            stream.Write(MemoryMarshal.AsBytes(scores.AsSpan()));
        });
    }

    public SegmentFacts? ReadFacts(string segmentKey, int maxDoc)
    {
        var bytes = ReadFile(FactsPath(segmentKey));
        if (bytes is null)
        {
            return null;
        }

        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes), Encoding.UTF8);
            if (reader.ReadInt32() != Magic || reader.ReadInt32() != maxDoc)
            {
                return null;
            }

            var documentOrds = ReadInts(reader, maxDoc);
            var kindOrds = ReadInts(reader, maxDoc);
            var dates = ReadInts(reader, maxDoc);
            var documents = ReadStrings(reader);
            var kinds = ReadStrings(reader);
            return reader.BaseStream.Position == bytes.Length ? new SegmentFacts(documentOrds, documents, kindOrds, kinds, dates) : null;
        }
        catch (EndOfStreamException)
        {
            return null;
        }
    }

    public void WriteFacts(string segmentKey, SegmentFacts facts)
    {
        WriteFile(FactsPath(segmentKey), stream =>
        {
            using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
            writer.Write(Magic);
            writer.Write(facts.MaxDoc);
            writer.Write(MemoryMarshal.AsBytes(facts.DocumentOrds.AsSpan()));
            writer.Write(MemoryMarshal.AsBytes(facts.KindOrds.AsSpan()));
            writer.Write(MemoryMarshal.AsBytes(facts.Dates.AsSpan()));
            WriteStrings(writer, facts.Documents);
            WriteStrings(writer, facts.Kinds);
        });
    }

    /// <summary>Deletes the files of segments the index no longer has; returns how many were deleted.</summary>
    public int Prune(IReadOnlyCollection<string> liveSegmentKeys)
    {
        if (!System.IO.Directory.Exists(directory))
        {
            return 0;
        }

        var live = liveSegmentKeys.Select(k => Format + "-" + k + ".").ToList();
        var deleted = 0;
        foreach (var file in System.IO.Directory.EnumerateFiles(directory))
        {
            var name = Path.GetFileName(file);
            if (!live.Exists(prefix => name.StartsWith(prefix, StringComparison.Ordinal)))
            {
                try
                {
                    File.Delete(file);
                    deleted++;
                }
                catch (IOException ex)
                {
                    logger.SegmentResultsNotDeleted(file, ex.Message);
                }
            }
        }

        return deleted;
    }

    internal string HitsPath(string segmentKey, string queryKey) => Path.Combine(directory, $"{Format}-{segmentKey}.{queryKey}.hits");

    internal string FactsPath(string segmentKey) => Path.Combine(directory, $"{Format}-{segmentKey}.facts");

    private byte[]? ReadFile(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllBytes(path) : null;
        }
        catch (IOException ex)
        {
            logger.SegmentResultsUnreadable(path, ex.Message);
            return null;
        }
        catch (UnauthorizedAccessException ex)
        {
            logger.SegmentResultsUnreadable(path, ex.Message);
            return null;
        }
    }

    // Temp file then rename: a reader sees a whole file or none, and two processes writing the same results agree.
    private void WriteFile(string path, Action<Stream> write)
    {
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            System.IO.Directory.CreateDirectory(directory);
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
            }

            File.Move(temp, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            logger.SegmentResultsNotWritten(path, ex.Message);
            TryDelete(temp);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Left for the next prune.
        }
    }

    private static int[] ReadInts(BinaryReader reader, int count)
    {
        var bytes = reader.ReadBytes(4 * count);
        if (bytes.Length != 4 * count)
        {
            throw new EndOfStreamException();
        }

        return MemoryMarshal.Cast<byte, int>(bytes).ToArray();
    }

    private static string[] ReadStrings(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        if (count < 0)
        {
            throw new EndOfStreamException();
        }

        var values = new string[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = reader.ReadString();
        }

        return values;
    }

    private static void WriteStrings(BinaryWriter writer, string[] values)
    {
        writer.Write(values.Length);
        foreach (var value in values)
        {
            writer.Write(value);
        }
    }
}
