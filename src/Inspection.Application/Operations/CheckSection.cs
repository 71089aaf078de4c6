namespace Inspection.Application.Operations;

/// <summary>One part of an integrity check: what it compared, the figures it counted, and what it found.</summary>
public sealed record CheckSection(string Name, string Title, IReadOnlyDictionary<string, long> Figures, IReadOnlyList<CheckIssue> Issues)
{
    public int Problems => Issues.Count(i => i.IsProblem);
}
