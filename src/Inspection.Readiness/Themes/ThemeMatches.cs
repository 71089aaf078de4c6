namespace Inspection.Readiness.Themes;

/// <summary>The passages a theme matches in one index reader: global Lucene doc ids in ascending order, with each passage's score.</summary>
public sealed record ThemeMatches(string ThemeId, long ReaderVersion, IReadOnlyList<int> Docs, IReadOnlyList<float> Scores)
{
    public int Count => Docs.Count;

    /// <summary>Passages either matches, each with its better score.</summary>
    public ThemeMatches Union(ThemeMatches other, string themeId)
    {
        ArgumentNullException.ThrowIfNull(other);
        var docs = new List<int>(Docs.Count + other.Docs.Count);
        var scores = new List<float>(Docs.Count + other.Docs.Count);
        int i = 0, j = 0;
        while (i < Docs.Count || j < other.Docs.Count)
        {
            if (j >= other.Docs.Count || (i < Docs.Count && Docs[i] < other.Docs[j]))
            {
                docs.Add(Docs[i]);
                scores.Add(Scores[i++]);
            }
            else if (i >= Docs.Count || other.Docs[j] < Docs[i])
            {
                docs.Add(other.Docs[j]);
                scores.Add(other.Scores[j++]);
            }
            else
            {
                docs.Add(Docs[i]);
                scores.Add(Math.Max(Scores[i++], other.Scores[j++]));
            }
        }

        return new ThemeMatches(themeId, ReaderVersion, docs, scores);
    }
}
