using Inspection.Content.Persistence;

namespace Inspection.Readiness.Findings;

/// <summary>The findings joined by <c>LinkedFindingId</c> into chains (one per matter), to read any finding's history.</summary>
internal sealed class FindingChains
{
    private readonly Dictionary<string, FindingRecord> _byId;
    private readonly Dictionary<string, List<string>> _neighbours = new(StringComparer.Ordinal);

    public FindingChains(IEnumerable<FindingRecord> findings)
    {
        _byId = findings.ToDictionary(f => f.FindingId, StringComparer.Ordinal);
        foreach (var finding in _byId.Values)
        {
            if (finding.LinkedFindingId is { } linked && _byId.ContainsKey(linked))
            {
                Neighbours(finding.FindingId).Add(linked);
                Neighbours(linked).Add(finding.FindingId);
            }
        }
    }

    /// <summary>Every other finding on the same matter, earlier and later, oldest visit first.</summary>
    public IReadOnlyList<FindingRecord> Others(string findingId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { findingId };
        var queue = new Queue<string>([findingId]);
        while (queue.TryDequeue(out var current))
        {
            foreach (var next in _neighbours.GetValueOrDefault(current) ?? [])
            {
                if (seen.Add(next))
                {
                    queue.Enqueue(next);
                }
            }
        }

        seen.Remove(findingId);
        return [.. seen.Select(id => _byId[id])
            .OrderBy(f => f.VisitDate)
            .ThenBy(f => f.ContentItemId, StringComparer.Ordinal)
            .ThenBy(f => f.Ordinal)];
    }

    private List<string> Neighbours(string id)
    {
        if (!_neighbours.TryGetValue(id, out var list))
        {
            list = [];
            _neighbours[id] = list;
        }

        return list;
    }
}
