using System.Globalization;

namespace Inspection.Search.Indexing;

/// <summary>
/// The id of the last outbox task this node's index has applied, kept in a file beside the index.
/// Written only after the index commit it describes, so a crash replays tasks (upserts are idempotent) rather than losing them.
/// </summary>
public sealed class IndexCursor(string indexDirectory)
{
    private readonly string _path = Path.Combine(indexDirectory, "outbox.cursor");

    public long Read()
    {
        if (!File.Exists(_path))
        {
            return 0;
        }

        var text = File.ReadAllText(_path).Trim();
        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;
    }

    public void Write(long value)
    {
        var temp = _path + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(value.ToString(CultureInfo.InvariantCulture));
            writer.Flush();
            stream.Flush(flushToDisk: true);
        }

        File.Move(temp, _path, overwrite: true);
    }
}
