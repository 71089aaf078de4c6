using Inspection.Readiness.Themes;

namespace Inspection.Readiness.Coverage;

/// <summary>
/// Counts themes' matches from the reader's doc value arrays, reusing one stamp array so each theme is a single pass over its
/// matches. Passages of left-out documents (peers' evidence, which is not ours to count) are skipped.
/// </summary>
internal sealed class ThemeCounter(PassageFacts facts, IReadOnlyDictionary<string, string>? leftOut = null)
{
    private readonly int[] _seen = new int[facts.DocumentIds.Count];
    private readonly bool[]? _leftOut = leftOut is { Count: > 0 } ? [.. facts.DocumentIds.Select(leftOut.ContainsKey)] : null;
    private int _stamp;

    public ThemeCounts Count(ThemeMatches matches)
    {
        _stamp++;
        var documents = 0;
        var latest = 0;
        var passages = 0;
        var byKind = new int[facts.Kinds.Count];
        foreach (var doc in matches.Docs)
        {
            if (_leftOut is not null && facts.Document(doc) is var number and >= 0 && _leftOut[number])
            {
                continue;
            }

            passages++;
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

        return new ThemeCounts(_leftOut is null ? matches.Count : passages, documents, PassageFacts.ToDate(latest), kinds);
    }
}
