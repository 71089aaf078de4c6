using System.Numerics;
using System.Text;

namespace Inspection.Search.Meaning;

/// <summary>
/// Passage vectors beside the index, one byte per dimension (each vector scaled so its largest value is 127), in memory
/// and in an append-only file: 384 bytes and a scale per passage, 100,000 passages in about 40 MB. The nearest passages
/// to a query are found by scanning them all (a flat int8 scan: at our sizes it needs no graph to build or keep). Derived
/// data like the index: deleting the folder loses nothing but the time to embed again.
/// </summary>
public sealed class PassageVectors : IDisposable
{
    private const string FileName = "vectors.bin";
    private const string Magic = "IVEC1";
    private readonly Lock _lock = new();
    private readonly string _path;
    private readonly int _dimensions;
    private readonly Dictionary<string, int> _rows = new(StringComparer.Ordinal);
    private readonly List<string> _ids = [];
    private readonly List<float> _scales = [];
    private sbyte[] _data = [];
    private FileStream? _file;

    public PassageVectors(string folder, string model, int dimensions)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentException.ThrowIfNullOrWhiteSpace(model);
        Folder = folder;
        Model = model;
        _dimensions = dimensions;
        _path = Path.Combine(folder, FileName);
        Directory.CreateDirectory(folder);
        Load();
    }

    public string Folder { get; }

    public string Model { get; }

    /// <summary>Passages with a vector (deleted ones included until <see cref="Keep"/> drops them).</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _ids.Count;
            }
        }
    }

    /// <summary>Bytes of vectors held in memory.</summary>
    public long MemoryBytes
    {
        get
        {
            lock (_lock)
            {
                return _data.LongLength + (_scales.Count * sizeof(float));
            }
        }
    }

    public long DiskBytes => File.Exists(_path) ? new FileInfo(_path).Length : 0;

    public bool Contains(string passageId)
    {
        lock (_lock)
        {
            return _rows.ContainsKey(passageId);
        }
    }

    /// <summary>Adds (or replaces) passages' vectors, in memory and durably on disk.</summary>
    public void Add(IReadOnlyList<(string PassageId, float[] Vector)> vectors)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        lock (_lock)
        {
            var file = _file ??= new FileStream(_path, FileMode.Append, FileAccess.Write, FileShare.Read);
            using var writer = new BinaryWriter(file, Encoding.UTF8, leaveOpen: true);
            foreach (var (id, vector) in vectors)
            {
                var (bytes, scale) = Quantise(vector);
                AddRow(id, bytes, scale);
                writer.Write(id);
                writer.Write(scale);
                writer.Write(MemoryMarshalBytes(bytes));
            }

            writer.Flush();
            file.Flush(flushToDisk: true);
        }
    }

    /// <summary>Drops vectors of passages no longer in the index, rewriting the file when enough have gone.</summary>
    public int Keep(IReadOnlySet<string> live)
    {
        ArgumentNullException.ThrowIfNull(live);
        lock (_lock)
        {
            var stale = _ids.Count(id => !live.Contains(id));
            if (stale == 0 || stale * 5 < _ids.Count)
            {
                return 0;
            }

            var kept = _ids.Select((id, row) => (id, row)).Where(r => live.Contains(r.id)).ToList();
            var data = new sbyte[kept.Count * _dimensions];
            var scales = new List<float>(kept.Count);
            for (var i = 0; i < kept.Count; i++)
            {
                Array.Copy(_data, kept[i].row * _dimensions, data, i * _dimensions, _dimensions);
                scales.Add(_scales[kept[i].row]);
            }

            _ids.Clear();
            _ids.AddRange(kept.Select(k => k.id));
            _scales.Clear();
            _scales.AddRange(scales);
            _data = data;
            _rows.Clear();
            for (var i = 0; i < _ids.Count; i++)
            {
                _rows[_ids[i]] = i;
            }

            Rewrite();
            return stale;
        }
    }

    /// <summary>The passages nearest the query vector, best first, among those <paramref name="keep"/> accepts (all when null).</summary>
    public IReadOnlyList<(string PassageId, float Similarity)> Nearest(float[] query, int count, Func<string, bool>? keep = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (q, queryScale) = Quantise(query);
        lock (_lock)
        {
            var best = new PriorityQueue<int, float>();
            for (var row = 0; row < _ids.Count; row++)
            {
                var similarity = Dot(q, _data.AsSpan(row * _dimensions, _dimensions)) * queryScale * _scales[row];
                if (best.Count < count)
                {
                    if (keep is null || keep(_ids[row]))
                    {
                        best.Enqueue(row, similarity);
                    }
                }
                else if (best.TryPeek(out _, out var weakest) && similarity > weakest && (keep is null || keep(_ids[row])))
                {
                    best.EnqueueDequeue(row, similarity);
                }
            }

            var found = new List<(string, float)>(best.Count);
            while (best.TryDequeue(out var row, out var similarity))
            {
                found.Add((_ids[row], similarity));
            }

            found.Reverse();
            return found;
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _file?.Dispose();
            _file = null;
        }
    }

    private static int Dot(ReadOnlySpan<sbyte> a, ReadOnlySpan<sbyte> b)
    {
        var i = 0;
        var sum = Vector<int>.Zero;
        for (; i <= a.Length - Vector<sbyte>.Count; i += Vector<sbyte>.Count)
        {
            Vector.Widen(new Vector<sbyte>(a[i..]), out var aLow, out var aHigh);
            Vector.Widen(new Vector<sbyte>(b[i..]), out var bLow, out var bHigh);
            Vector.Widen(aLow * bLow, out var p1, out var p2);
            Vector.Widen(aHigh * bHigh, out var p3, out var p4);
            sum += p1 + p2 + p3 + p4;
        }

        var total = Vector.Sum(sum);
        for (; i < a.Length; i++)
        {
            total += a[i] * b[i];
        }

        return total;
    }

    // Products of two sbytes fit a short (127 * 127 < 32767), so widening once before multiplying is exact.
    private (sbyte[] Bytes, float Scale) Quantise(float[] vector)
    {
        if (vector.Length != _dimensions)
        {
            throw new ArgumentException($"a vector of {vector.Length} values; this store holds {_dimensions}", nameof(vector));
        }

        var largest = vector.Max(MathF.Abs);
        var scale = largest == 0 ? 1f : largest / 127f;
        var bytes = new sbyte[vector.Length];
        for (var i = 0; i < vector.Length; i++)
        {
            bytes[i] = (sbyte)Math.Clamp(MathF.Round(vector[i] / scale), -127, 127);
        }

        return (bytes, scale);
    }

    private static byte[] MemoryMarshalBytes(sbyte[] values) => (byte[])(Array)values;

    private void AddRow(string id, sbyte[] bytes, float scale)
    {
        if (_rows.TryGetValue(id, out var row))
        {
            Array.Copy(bytes, 0, _data, row * _dimensions, _dimensions);
            _scales[row] = scale;
            return;
        }

        row = _ids.Count;
        if ((row + 1) * _dimensions > _data.Length)
        {
            Array.Resize(ref _data, Math.Max(1024, _data.Length * 2) + _dimensions);
        }

        Array.Copy(bytes, 0, _data, row * _dimensions, _dimensions);
        _ids.Add(id);
        _scales.Add(scale);
        _rows[id] = row;
    }

    private void Load()
    {
        var header = Path.Combine(Folder, "model.txt");
        var expected = $"{Magic} {Model} {_dimensions}";
        if (!File.Exists(header) || File.ReadAllText(header).Trim() != expected)
        {
            // Another model's (or no) vectors: start again; the catch-up embeds everything.
            File.Delete(_path);
            File.WriteAllText(header, expected);
            return;
        }

        if (!File.Exists(_path))
        {
            return;
        }

        using var reader = new BinaryReader(File.OpenRead(_path), Encoding.UTF8);
        var length = reader.BaseStream.Length;
        while (reader.BaseStream.Position < length)
        {
            try
            {
                var id = reader.ReadString();
                var scale = reader.ReadSingle();
                var bytes = reader.ReadBytes(_dimensions);
                if (bytes.Length < _dimensions)
                {
                    break;
                }

                AddRow(id, (sbyte[])(Array)bytes, scale);
            }
            catch (EndOfStreamException)
            {
                // A record cut short by a crash: the catch-up embeds that passage again.
                break;
            }
        }
    }

    private void Rewrite()
    {
        _file?.Dispose();
        _file = null;
        var temporary = _path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write))
        using (var writer = new BinaryWriter(stream, Encoding.UTF8))
        {
            for (var row = 0; row < _ids.Count; row++)
            {
                writer.Write(_ids[row]);
                writer.Write(_scales[row]);
                writer.Write(MemoryMarshalBytes(_data.AsSpan(row * _dimensions, _dimensions).ToArray()));
            }

            writer.Flush();
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, _path, overwrite: true);
    }
}
