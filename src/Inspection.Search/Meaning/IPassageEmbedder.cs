namespace Inspection.Search.Meaning;

/// <summary>Turns passages and queries into unit vectors whose dot product says how close their meanings are.</summary>
public interface IPassageEmbedder
{
    /// <summary>Identifies the model: vectors made by another model are not comparable and are rebuilt.</summary>
    string Model { get; }

    int Dimensions { get; }

    IReadOnlyList<float[]> EmbedPassages(IReadOnlyList<string> passages, CancellationToken cancellationToken);

    float[] EmbedQuery(string query, CancellationToken cancellationToken);
}
