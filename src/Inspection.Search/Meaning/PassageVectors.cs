using System.Numerics;
using System.Text;

namespace Inspection.Search.Meaning;

/// <summary>
/// Passage vectors beside the index, one byte per dimension (each vector scaled so its largest value is 127), in memory
/// and in an append-only file. A passage may have several vectors (the whole passage and its windows of a few
/// sentences); it is as near a query as its nearest vector. Each vector takes 384 bytes and a scale. The nearest
/// passages to a query are found by scanning them all (a flat int8 scan: at our sizes it needs no graph to build or
/// keep). Derived data like the index: deleting the folder loses nothing but the time to embed again.
/// </summary>
public sealed class PassageVectors : IDisposable
{
    private const string FileName = "vectors.bin";
    private const string Magic = "IVEC2";
    private readonly Lock _lock = new();
    private readonly string _path;
    private readonly int _dimensions;

    // Rows of one passage are contiguous; a passage embedded again gets new rows and its old ones are orphaned (owner -1)
    // until the file is compacted.
    private readonly Dictionary<string, (int First, int Count)> _passages = new(StringComparer.Ordinal);
    private readonly List<string> _ids = [];
    private readonly List<int> _owners = [];
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

    /// <summary>Passages with vectors (deleted ones included until <see cref="Keep"/> drops them).</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _passages.Count;
            }
        }
    }

    /// <summary>Vectors held, over all passages (orphaned ones included until the file is compacted).</summary>
    public int VectorCount
    {
        get
        {
            lock (_lock)
            {
                return _owners.Count;
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
                return ((long)_owners.Count * _dimensions) + (_scales.Count * sizeof(float)) + (_owners.Count * sizeof(int));
            }
        }
    }

    public long DiskBytes => File.Exists(_path) ? new FileInfo(_path).Length : 0;

    public bool Contains(string passageId)
    {
        lock (_lock)
        {
            return _passages.ContainsKey(passageId);
        }
    }

    /// <summary>Adds (or replaces) passages' vectors, one each, in memory and durably on disk.</summary>
    public void Add(IReadOnlyList<(string PassageId, float[] Vector)> vectors)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        AddPassages([.. vectors.Select(v => (v.PassageId, (IReadOnlyList<float[]>)[v.Vector]))]);
    }

    /// <summary>Adds (or replaces) passages' vectors, one or more each, in memory and durably on disk.</summary>
    public void AddPassages(IReadOnlyList<(string PassageId, IReadOnlyList<float[]> Vectors)> passages)
    {
        ArgumentNullException.ThrowIfNull(passages);
        lock (_lock)
        {
            var file = _file ??= new FileStream(_path, FileMode.Append, FileAccess.Write, FileShare.Read);
            using var writer = new BinaryWriter(file, Encoding.UTF8, leaveOpen: true);
            foreach (var (id, vectors) in passages)
            {
                if (vectors.Count == 0)
                {
                    continue;
                }

                var quantised = vectors.Select(Quantise).ToList();
                AddRows(id, quantised);
                writer.Write(id);
                writer.Write7BitEncodedInt(quantised.Count);
                foreach (var (bytes, scale) in quantised)
                {
                    writer.Write(scale);
                    writer.Write(MemoryMarshalBytes(bytes));
                }
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
            var stale = _passages.Keys.Count(id => !live.Contains(id));
            var orphaned = _owners.Count(o => o < 0);
            if ((stale == 0 || stale * 5 < _passages.Count) && orphaned * 5 <= _owners.Count)
            {
                return 0;
            }

            var kept = _ids.Where(id => live.Contains(id) && _passages.ContainsKey(id)).Distinct(StringComparer.Ordinal)
                .Select(id => (Id: id, Rows: _passages[id])).ToList();
            var data = new sbyte[kept.Sum(k => k.Rows.Count) * _dimensions];
            var scales = new List<float>(kept.Count);
            var owners = new List<int>(kept.Count);
            _passages.Clear();
            _ids.Clear();
            var row = 0;
            foreach (var (id, rows) in kept)
            {
                Array.Copy(_data, rows.First * _dimensions, data, row * _dimensions, rows.Count * _dimensions);
                _passages[id] = (row, rows.Count);
                for (var i = 0; i < rows.Count; i++)
                {
                    scales.Add(_scales[rows.First + i]);
                    owners.Add(_ids.Count);
                }

                _ids.Add(id);
                row += rows.Count;
            }

            _scales.Clear();
            _scales.AddRange(scales);
            _owners.Clear();
            _owners.AddRange(owners);
            _data = data;
            Rewrite();
            return stale;
        }
    }

    /// <summary>
    /// The passages nearest the query vector, best first, each by its nearest vector, among those
    /// <paramref name="keep"/> accepts (all when null).
    /// </summary>
    public IReadOnlyList<(string PassageId, float Similarity)> Nearest(float[] query, int count, Func<string, bool>? keep = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (q, queryScale) = Quantise(query);
        lock (_lock)
        {
            var best = new PriorityQueue<int, float>();
            foreach (var (id, rows) in _passages)
            {
                var similarity = float.NegativeInfinity;
                for (var row = rows.First; row < rows.First + rows.Count; row++)
                {
                    similarity = Math.Max(similarity, Dot(q, _data.AsSpan(row * _dimensions, _dimensions)) * queryScale * _scales[row]);
                }

                var owner = _owners[rows.First];
                if (best.Count < count)
                {
                    if (keep is null || keep(id))
                    {
                        best.Enqueue(owner, similarity);
                    }
                }
                else if (best.TryPeek(out _, out var weakest) && similarity > weakest && (keep is null || keep(id)))
                {
                    best.EnqueueDequeue(owner, similarity);
                }
            }

            var found = new List<(string, float)>(best.Count);
            while (best.TryDequeue(out var owner, out var similarity))
            {
                found.Add((_ids[owner], similarity));
            }

            found.Reverse();
            return found;
        }
    }

    /// <summary>
    /// The similarity of each given passage that has vectors to the query vector (by its nearest vector), best first:
    /// reads only those passages' rows, not every vector.
    /// </summary>
    public IReadOnlyList<(string PassageId, float Similarity)> SimilarityOf(float[] query, IEnumerable<string> passageIds)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(passageIds);
        var (q, queryScale) = Quantise(query);
        var found = new List<(string PassageId, float Similarity)>();
        lock (_lock)
        {
            foreach (var id in passageIds)
            {
                if (!_passages.TryGetValue(id, out var rows))
                {
                    continue;
                }

                var similarity = float.NegativeInfinity;
                for (var row = rows.First; row < rows.First + rows.Count; row++)
                {
                    similarity = Math.Max(similarity, Dot(q, _data.AsSpan(row * _dimensions, _dimensions)) * queryScale * _scales[row]);
                }

                found.Add((id, similarity));
            }
        }

        return [.. found.OrderByDescending(f => f.Similarity).ThenBy(f => f.PassageId, StringComparer.Ordinal)];
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _file?.Dispose();
            _file = null;
        }
    }

    // Products of two sbytes fit a short (127 * 127 < 32767), so widening once before multiplying is exact.
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

    private void AddRows(string id, IReadOnlyList<(sbyte[] Bytes, float Scale)> rows)
    {
        int owner;
        if (_passages.TryGetValue(id, out var old))
        {
            owner = _owners[old.First];
            for (var row = old.First; row < old.First + old.Count; row++)
            {
                _owners[row] = -1;
            }
        }
        else
        {
            owner = _ids.Count;
            _ids.Add(id);
        }

        var first = _owners.Count;
        if ((first + rows.Count) * _dimensions > _data.Length)
        {
            Array.Resize(ref _data, Math.Max(1024 * _dimensions, _data.Length * 2) + (rows.Count * _dimensions));
        }

        foreach (var (bytes, scale) in rows)
        {
            Array.Copy(bytes, 0, _data, _owners.Count * _dimensions, _dimensions);
            _owners.Add(owner);
            _scales.Add(scale);
        }

        _passages[id] = (first, rows.Count);
    }

    private void Load()
    {
        var header = Path.Combine(Folder, "model.txt");
        var expected = $"{Magic} {Model} {_dimensions}";
        if (!File.Exists(header) || File.ReadAllText(header).Trim() != expected)
        {
            // Another model's (or no, or an older format's) vectors: start again; the catch-up embeds everything.
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
                var count = reader.Read7BitEncodedInt();
                var rows = new List<(sbyte[], float)>(count);
                for (var i = 0; i < count; i++)
                {
                    var scale = reader.ReadSingle();
                    var bytes = reader.ReadBytes(_dimensions);
                    if (bytes.Length < _dimensions)
                    {
                        throw new EndOfStreamException();
                    }

                    rows.Add(((sbyte[])(Array)bytes, scale));
                }

                AddRows(id, rows);
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
            foreach (var id in _ids)
            {
                var (first, count) = _passages[id];
                writer.Write(id);
                writer.Write7BitEncodedInt(count);
                for (var row = first; row < first + count; row++)
                {
                    writer.Write(_scales[row]);
                    writer.Write(MemoryMarshalBytes(_data.AsSpan(row * _dimensions, _dimensions).ToArray()));
                }
            }

            writer.Flush();
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, _path, overwrite: true);
    }
}
