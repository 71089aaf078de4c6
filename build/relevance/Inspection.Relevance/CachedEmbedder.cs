using System.Security.Cryptography;
using System.Text;
using Inspection.Search.Meaning;

namespace Inspection.Relevance;

/// <summary>
/// The product's embedder with its vectors remembered in a file (<c>--vector-cache FOLDER</c>), keyed by model, kind and
/// text, so that trying a ranking change does not wait minutes for the same passages to be embedded again. Only for
/// looking into rankings: the embedding figures then measure the cache, not the model, and the CI test never uses it.
/// </summary>
public sealed class CachedEmbedder : IPassageEmbedder, IDisposable
{
    private readonly IPassageEmbedder _inner;
    private readonly string _path;
    private readonly Dictionary<string, float[]> _vectors = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private bool _changed;

    public CachedEmbedder(IPassageEmbedder inner, string folder)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        _inner = inner;
        Directory.CreateDirectory(folder);
        // A file per model: two models cached side by side (a combined model) must not overwrite each other's file.
        _path = Path.Combine(folder, "vectors-" + string.Concat(inner.Model.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')) + ".bin");
        if (File.Exists(_path))
        {
            using var reader = new BinaryReader(File.OpenRead(_path), Encoding.UTF8);
            while (reader.BaseStream.Position < reader.BaseStream.Length)
            {
                var key = reader.ReadString();
                var vector = new float[reader.ReadInt32()];
                for (var i = 0; i < vector.Length; i++)
                {
                    vector[i] = reader.ReadSingle();
                }

                _vectors[key] = vector;
            }
        }
    }

    public string Model => _inner.Model;

    public int Dimensions => _inner.Dimensions;

    public IReadOnlyList<float[]> EmbedPassages(IReadOnlyList<string> passages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(passages);
        var keys = passages.Select(p => Key("passage", p)).ToList();
        var missing = Enumerable.Range(0, passages.Count).Where(i => !Has(keys[i])).ToList();
        if (missing.Count > 0)
        {
            var made = _inner.EmbedPassages([.. missing.Select(i => passages[i])], cancellationToken);
            for (var i = 0; i < missing.Count; i++)
            {
                Put(keys[missing[i]], made[i]);
            }
        }

        return [.. keys.Select(Get)];
    }

    public float[] EmbedQuery(string query, CancellationToken cancellationToken)
    {
        var key = Key("query", query);
        if (!Has(key))
        {
            Put(key, _inner.EmbedQuery(query, cancellationToken));
        }

        return Get(key);
    }

    public void Dispose()
    {
        Save();
        (_inner as IDisposable)?.Dispose();
    }

    private void Save()
    {
        lock (_lock)
        {
            if (!_changed)
            {
                return;
            }

            using var writer = new BinaryWriter(File.Create(_path), Encoding.UTF8);
            foreach (var (key, vector) in _vectors)
            {
                writer.Write(key);
                writer.Write(vector.Length);
                foreach (var value in vector)
                {
                    writer.Write(value);
                }
            }

            _changed = false;
        }
    }

    private string Key(string kind, string text) =>
        $"{Model} {kind} {Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))}";

    private bool Has(string key)
    {
        lock (_lock)
        {
            return _vectors.ContainsKey(key);
        }
    }

    private float[] Get(string key)
    {
        lock (_lock)
        {
            return (float[])_vectors[key].Clone();
        }
    }

    private void Put(string key, float[] vector)
    {
        lock (_lock)
        {
            _vectors[key] = (float[])vector.Clone();
            _changed = true;
        }
    }
}
