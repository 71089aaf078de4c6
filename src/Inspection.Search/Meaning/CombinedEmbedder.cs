namespace Inspection.Search.Meaning;

/// <summary>
/// Two models side by side: a vector is the two models' unit vectors one after the other, each scaled by 1/√2, so the dot
/// product of two such vectors is the mean of the two models' cosines (a fusion of their similarities in one scan).
/// </summary>
public sealed class CombinedEmbedder(IPassageEmbedder first, IPassageEmbedder second) : IPassageEmbedder, IDisposable
{
    private static readonly float Half = MathF.Sqrt(0.5f);

    public string Model => first.Model + "+" + second.Model;

    public int Dimensions => first.Dimensions + second.Dimensions;

    public IReadOnlyList<float[]> EmbedPassages(IReadOnlyList<string> passages, CancellationToken cancellationToken)
    {
        var a = first.EmbedPassages(passages, cancellationToken);
        var b = second.EmbedPassages(passages, cancellationToken);
        return [.. a.Select((v, i) => Join(v, b[i]))];
    }

    public float[] EmbedQuery(string query, CancellationToken cancellationToken) =>
        Join(first.EmbedQuery(query, cancellationToken), second.EmbedQuery(query, cancellationToken));

    public void Dispose()
    {
        (first as IDisposable)?.Dispose();
        (second as IDisposable)?.Dispose();
    }

    private static float[] Join(float[] a, float[] b)
    {
        var joined = new float[a.Length + b.Length];
        for (var i = 0; i < a.Length; i++)
        {
            joined[i] = a[i] * Half;
        }

        for (var i = 0; i < b.Length; i++)
        {
            joined[a.Length + i] = b[i] * Half;
        }

        return joined;
    }
}
