using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Inspection.Search.Indexing;

/// <summary>
/// Lucene's BM25 (k1 1.2, b 0.75) unchanged, with the parts its scorer uses made readable, so that score bounds for
/// pruning are computed by the very formulas the scores come from.
/// </summary>
internal sealed class PassageSimilarity : BM25Similarity
{
    /// <summary>The field length a norm byte stands for, as the scorer decodes it.</summary>
    public float LengthOf(byte norm) => DecodeNormValue(norm);

    /// <summary>The inverse document frequency the scorer gives a term with this many passages among <paramref name="passages"/>.</summary>
    public float InverseFrequency(long docFreq, long passages) => Idf(docFreq, passages);

    /// <summary>The average field length the scorer divides by.</summary>
    public float AverageLength(CollectionStatistics statistics) => AvgFieldLength(statistics);
}
