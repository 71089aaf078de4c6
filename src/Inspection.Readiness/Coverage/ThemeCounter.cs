using Inspection.Readiness.Themes;

namespace Inspection.Readiness.Coverage;

/// <summary>Counts themes' matches from the reader's doc value arrays, reusing one stamp array so each theme is a single pass over its matches.</summary>
internal sealed class ThemeCounter(PassageFacts facts)
{
    private readonly int[] _seen = new int[facts.DocumentIds.Count];
    private int _stamp;

    public ThemeCounts Count(ThemeMatches matches)
    {
        _stamp++;
        var documents = 0;
        var latest = 0;
        var byKind = new int[facts.Kinds.Count];
        foreach (var doc in matches.Docs)
        {
            var date = facts.DateNumber(doc);
            if (date > latest)
            {
                latest = date;
            }

            var document = facts.Document(doc);
            if (document >= 0 && _seen[document] != _stamp)
            {
                _seen[document] = _stamp;
                documents++;
                if (facts.Kind(doc) is var kind and >= 0)
                {
                    byKind[kind]++;
                }
            }
        }

        var kinds = new SortedDictionary<string, int>(StringComparer.Ordinal);
        for (var kind = 0; kind < byKind.Length; kind++)
        {
            if (byKind[kind] > 0)
            {
                kinds[facts.Kinds[kind]] = byKind[kind];
            }
        }

        return new ThemeCounts(matches.Count, documents, PassageFacts.ToDate(latest), kinds);
    }
}
