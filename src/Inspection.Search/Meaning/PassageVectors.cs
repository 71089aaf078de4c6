using System.Text;

namespace Inspection.Search.Meaning;

/// <summary>
/// Passage vectors beside the index, one byte per dimension (each vector scaled so its largest value is 127), in memory
/// and in an append-only file. A passage may have several vectors (the whole passage and its windows of a few
/// sentences); it is as near a query as its nearest vector. Each vector takes 384 bytes and a scale. The nearest
/// passages to a query are found by scanning them all (a flat int8 scan: at our sizes it needs no graph to build or
/// keep), outside the lock, so searches scan side by side while passages are added. Derived data like the index:
/// deleting the folder loses nothing but the time to embed again.
/// </summary>
public sealed class PassageVectors : IDisposable
{
    private const string FileName = "vectors.bin";
    private const string Magic = "IVEC2";

    // Vectors are held in chunks of this many rows (24 MB at 384 dimensions), not one array: a million passages with their
    // windows hold several gigabytes, past the largest array .NET allows, and a full chunk is never copied again.
    private const int ChunkShift = 16;
    private const int ChunkRows = 1 << ChunkShift;
    private readonly Lock _lock = new();
    private readonly string _path;
    private readonly int _dimensions;

    // Rows of one passage are contiguous; a passage embedded again gets new rows and its old ones are orphaned (owner -1)
    // until the file is compacted. The arrays grow by replacement and rows are only appended past _rows, so a scan may
    // read the arrays it took under the lock after releasing it; compaction makes new arrays and a new list of ids.
    private readonly Dictionary<string, (int First, int Count)> _passages = new(StringComparer.Ordinal);
    private List<string> _ids = [];
    private int[] _owners = [];
    private float[] _scales = [];
    private List<sbyte[]> _chunks = [];

    // Each vector's sign code (SignCodes), chunked like the vectors: the first pass of a two-stage scan reads these.
    private List<ulong[]> _codes = [];
    private readonly int _words;
    private int _rows;
    private FileStream? _file;

    /// <param name="folder">Where the vectors' file is kept.</param>
    /// <param name="model">The model (and windows) the vectors were made with: another's are dropped.</param>
    /// <param name="dimensions">Values a vector.</param>
    /// <param name="shortlist">See <see cref="Shortlist"/>; sign codes are kept only when it is above 0.</param>
    /// <param name="readOnly">
    /// Another process owns the file and may be appending to it: read its whole records and never write (no repair of a
    /// record being written, no reset for another model's vectors, which then read as none).
    /// </param>
    public PassageVectors(string folder, string model, int dimensions, int shortlist = 0, bool readOnly = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentException.ThrowIfNullOrWhiteSpace(model);
        Folder = folder;
        Model = model;
        _dimensions = dimensions;
        Shortlist = Math.Max(0, shortlist);
        _words = Shortlist > 0 ? SignCodes.Words(dimensions) : 0;
        _path = Path.Combine(folder, FileName);
        IsReadOnly = readOnly;
        if (!readOnly)
        {
            Directory.CreateDirectory(folder);
        }

        Load();
    }

    /// <summary>True when another process owns the file: adding or dropping vectors throws.</summary>
    public bool IsReadOnly { get; }

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
                return _rows;
            }
        }
    }

    /// <summary>Bytes of sign codes held in memory (part of <see cref="MemoryBytes"/>).</summary>
    public long CodeBytes
    {
        get
        {
            lock (_lock)
            {
                return (long)_rows * _words * sizeof(ulong);
            }
        }
    }

    /// <summary>
    /// Passages the first pass of a scan keeps by their sign codes, whose one-byte vectors then give the exact
    /// similarity; 0 compares every vector exactly. A store of no more passages than this is always scanned exactly.
    /// </summary>
    public int Shortlist { get; internal set; }

    /// <summary>Bytes of vectors held in memory (their sign codes included).</summary>
    public long MemoryBytes
    {
        get
        {
            lock (_lock)
            {
                return (long)_rows * (_dimensions + sizeof(float) + sizeof(int) + (_words * sizeof(ulong)));
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
        ThrowIfReadOnly();
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
        ThrowIfReadOnly();
        lock (_lock)
        {
            var stale = _passages.Keys.Count(id => !live.Contains(id));
            var orphaned = _owners.AsSpan(0, _rows).Count(-1);
            if ((stale == 0 || stale * 5 < _passages.Count) && orphaned * 5 <= _rows)
            {
                return 0;
            }

            var kept = _ids.Where(id => live.Contains(id) && _passages.ContainsKey(id)).Distinct(StringComparer.Ordinal)
                .Select(id => (Id: id, Rows: _passages[id])).ToList();
            var total = kept.Sum(k => k.Rows.Count);
            var chunks = new List<sbyte[]>();
            var codes = new List<ulong[]>();
            var scales = new float[total];
            var owners = new int[total];
            var ids = new List<string>(kept.Count);
            _passages.Clear();
            var row = 0;
            foreach (var (id, rows) in kept)
            {
                for (var i = 0; i < rows.Count; i++)
                {
                    Row(_chunks, rows.First + i).CopyTo(RowToWrite(chunks, row + i, total));
                    if (_words > 0)
                    {
                        Row(_codes, rows.First + i, _words).CopyTo(RowToWrite(codes, row + i, total, _words));
                    }
                }

                Array.Copy(_scales, rows.First, scales, row, rows.Count);
                owners.AsSpan(row, rows.Count).Fill(ids.Count);
                _passages[id] = (row, rows.Count);
                ids.Add(id);
                row += rows.Count;
            }

            // New arrays and a new list: a scan running on the old ones finishes with them.
            (_chunks, _codes, _scales, _owners, _ids, _rows) = (chunks, codes, scales, owners, ids, total);
            Rewrite();
            return stale;
        }
    }

    /// <summary>
    /// Threads a scan of many vectors is shared between (the processor's cores by default; 1 scans on the caller's thread).
    /// Each thread keeps its own best passages and the lists are merged, so the result does not depend on it.
    /// </summary>
    internal int ScanThreads { get; set; } = Environment.ProcessorCount;

    /// <summary>
    /// The passages nearest the query vector, best first, each by its nearest vector, among those
    /// <paramref name="keep"/> accepts (all when null; it may be called from several threads at once). With no
    /// <see cref="Shortlist"/> every vector is compared exactly with the query; with one, every sign code, and the
    /// shortlisted passages' vectors exactly (a passage outside the shortlist may be missed, none is scored wrong).
    /// </summary>
    public IReadOnlyList<(string PassageId, float Similarity)> Nearest(float[] query, int count, Func<string, bool>? keep = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (q, queryScale) = Quantise(query);
        if (count <= 0)
        {
            return [];
        }

        Scan scan;
        List<string> ids;
        int passages;
        lock (_lock)
        {
            scan = new Scan(q, queryScale, [.. _chunks], ChunkRows, _scales, _owners, _rows, _dimensions).WithCodes([.. _codes]);
            ids = _ids;
            passages = _passages.Count;
        }

        var shortlist = Math.Max(Shortlist, count);
        if (Shortlist > 0 && scan.HasCodes && passages > shortlist)
        {
            return TwoStage(scan, ids, count, shortlist, keep);
        }

        var parts = Parts(scan, out var step);
        var found = new List<(int Owner, float Similarity)>[parts];
        if (parts == 1)
        {
            found[0] = scan.Best(0, scan.Rows, count, keep, ids);
        }
        else
        {
            Parallel.For(0, parts, part => found[part] = scan.Best(part * step, Math.Min(scan.Rows, (part + 1) * step), count, keep, ids));
        }

        // A passage whose vectors straddle two parts is offered by both: its nearest vector counts. Best first; equally
        // near passages in the order they were added.
        var best = found.SelectMany(f => f).GroupBy(f => f.Owner).Select(g => (Owner: g.Key, Similarity: g.Max(f => f.Similarity))).ToList();
        best.Sort((a, b) => a.Similarity != b.Similarity ? b.Similarity.CompareTo(a.Similarity) : a.Owner.CompareTo(b.Owner));
        lock (_lock)
        {
            return [.. best.Take(count).Select(f => (ids[f.Owner], f.Similarity))];
        }
    }

    // Shortlisted by sign codes (each part of the scan keeps its own shortlist; merged), then scored exactly.
    private List<(string PassageId, float Similarity)> TwoStage(Scan scan, List<string> ids, int count, int shortlist, Func<string, bool>? keep)
    {
        var parts = Parts(scan, out var step);
        var found = new List<Scan.Candidate>[parts];
        if (parts == 1)
        {
            found[0] = scan.Shortlist(0, scan.Rows, shortlist, keep, ids);
        }
        else
        {
            Parallel.For(0, parts, part => found[part] = scan.Shortlist(part * step, Math.Min(scan.Rows, (part + 1) * step), shortlist, keep, ids));
        }

        var firstRowSeen = new Dictionary<int, int>();
        var nearest = new Dictionary<int, int>();
        foreach (var candidate in found.SelectMany(f => f))
        {
            firstRowSeen[candidate.Owner] = candidate.First;
            nearest[candidate.Owner] = nearest.TryGetValue(candidate.Owner, out var d) ? Math.Min(d, candidate.Distance) : candidate.Distance;
        }

        var chosen = nearest.OrderBy(n => n.Value).ThenBy(n => n.Key).Take(shortlist).Select(n => n.Key);
        var best = scan.Rescore(chosen, firstRowSeen);
        best.Sort((a, b) => a.Similarity != b.Similarity ? b.Similarity.CompareTo(a.Similarity) : a.Owner.CompareTo(b.Owner));
        lock (_lock)
        {
            return [.. best.Take(count).Select(f => (ids[f.Owner], f.Similarity))];
        }
    }

    // Below a few chunks a thread's start costs more than it saves.
    private int Parts(Scan scan, out int step)
    {
        var parts = scan.Rows < 2 * ChunkRows ? 1 : Math.Clamp(ScanThreads, 1, scan.Rows / ChunkRows);
        step = ((scan.Rows / parts / Scan.Block) + 1) * Scan.Block;
        return parts;
    }

    /// <summary>
    /// The similarity of each given passage that has vectors to the query vector (by its nearest vector), best first:
    /// reads only those passages' rows, not every vector. Equally near passages keep the order they were given in
    /// (passage ids are random, so breaking ties by id would make the same search on two copies of the evidence differ).
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
                    similarity = Math.Max(similarity, Int8Dot.Dot(q, Row(_chunks, row)) * queryScale * _scales[row]);
                }

                found.Add((id, similarity));
            }
        }

        return [.. found.OrderByDescending(f => f.Similarity)];
    }

    /// <summary>
    /// The mean of the given passages' vectors, each passage by its vector nearest the query (its best window), as
    /// floats; null when none of them has a vector.
    /// </summary>
    public float[]? MeanNearest(float[] query, IEnumerable<string> passageIds)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(passageIds);
        var (q, queryScale) = Quantise(query);
        var sum = new float[_dimensions];
        var n = 0;
        lock (_lock)
        {
            foreach (var id in passageIds)
            {
                if (!_passages.TryGetValue(id, out var rows))
                {
                    continue;
                }

                var (best, bestRow) = (float.NegativeInfinity, -1);
                for (var row = rows.First; row < rows.First + rows.Count; row++)
                {
                    var similarity = Int8Dot.Dot(q, Row(_chunks, row)) * queryScale * _scales[row];
                    (best, bestRow) = similarity > best ? (similarity, row) : (best, bestRow);
                }

                var bytes = Row(_chunks, bestRow);
                for (var i = 0; i < _dimensions; i++)
                {
                    sum[i] += bytes[i] * _scales[bestRow];
                }

                n++;
            }
        }

        if (n == 0)
        {
            return null;
        }

        for (var i = 0; i < _dimensions; i++)
        {
            sum[i] /= n;
        }

        return sum;
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _file?.Dispose();
            _file = null;
        }
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
            _owners.AsSpan(old.First, old.Count).Fill(-1);
        }
        else
        {
            owner = _ids.Count;
            _ids.Add(id);
        }

        var first = _rows;
        if (first + rows.Count > _owners.Length)
        {
            var capacity = Math.Max(1024, _owners.Length + (_owners.Length / 2)) + rows.Count;
            var scales = new float[capacity];
            Array.Copy(_scales, scales, _rows);
            var owners = new int[capacity];
            Array.Copy(_owners, owners, _rows);
            (_scales, _owners) = (scales, owners);
        }

        foreach (var (bytes, scale) in rows)
        {
            bytes.CopyTo(RowToWrite(_chunks, _rows, _rows + 1));
            if (_words > 0)
            {
                SignCodes.Write(bytes, RowToWrite(_codes, _rows, _rows + 1, _words));
            }

            _owners[_rows] = owner;
            _scales[_rows] = scale;
            _rows++;
        }

        _passages[id] = (first, rows.Count);
    }

    private Span<sbyte> Row(List<sbyte[]> chunks, int row) => Row(chunks, row, _dimensions);

    private Span<sbyte> RowToWrite(List<sbyte[]> chunks, int row, int rowsWanted) => RowToWrite(chunks, row, rowsWanted, _dimensions);

    private static Span<T> Row<T>(List<T[]> chunks, int row, int width) =>
        chunks[row >> ChunkShift].AsSpan((row & (ChunkRows - 1)) * width, width);

    // The row's place in the chunks, making room for it: the last chunk grows (a new array; a running scan keeps the
    // old one) until it holds a full chunk's rows, so a small store stays small.
    private static Span<T> RowToWrite<T>(List<T[]> chunks, int row, int rowsWanted, int width)
    {
        var chunk = row >> ChunkShift;
        var needed = Math.Min(ChunkRows, rowsWanted - (chunk << ChunkShift));
        if (chunk == chunks.Count)
        {
            chunks.Add(new T[Math.Max(needed, Math.Min(ChunkRows, 1024)) * width]);
        }
        else if (chunks[chunk].Length < needed * width)
        {
            var grown = new T[Math.Min(ChunkRows, Math.Max(needed, chunks[chunk].Length / width * 2)) * width];
            chunks[chunk].CopyTo(grown, 0);
            chunks[chunk] = grown;
        }

        return Row(chunks, row, width);
    }

    private void ThrowIfReadOnly()
    {
        if (IsReadOnly)
        {
            throw new InvalidOperationException($"the vectors in {Folder} belong to another process and are only read here");
        }
    }

    private void Load()
    {
        var header = Path.Combine(Folder, "model.txt");
        var expected = $"{Magic} {Model} {_dimensions}";
        if (IsReadOnly && (!File.Exists(header) || File.ReadAllText(header).Trim() != expected || !File.Exists(_path)))
        {
            return;
        }

        if (IsReadOnly)
        {
            // Whole records only: the owner may be writing the last one now.
            ReadRecords();
            return;
        }

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

        var whole = ReadRecords();
        if (whole < new FileInfo(_path).Length)
        {
            // A record cut short by a crash: the catch-up embeds that passage again. Its bytes are cut off, else the
            // next append would follow them and be misread as their rest, losing or mangling every vector after it.
            using var file = new FileStream(_path, FileMode.Open, FileAccess.Write, FileShare.Read);
            file.SetLength(whole);
            file.Flush(flushToDisk: true);
        }
    }

    /// <summary>Reads the file's whole records; returns where the last of them ends.</summary>
    private long ReadRecords()
    {
        using var reader = new BinaryReader(File.OpenRead(_path), Encoding.UTF8);
        var length = reader.BaseStream.Length;
        var whole = 0L;
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
                whole = reader.BaseStream.Position;
            }
            catch (EndOfStreamException)
            {
                break;
            }
        }

        return whole;
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
                    writer.Write(MemoryMarshalBytes(Row(_chunks, row).ToArray()));
                }
            }

            writer.Flush();
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, _path, overwrite: true);
    }
}
