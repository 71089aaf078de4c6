namespace Inspection.Application.Operations;

/// <summary>The result of <see cref="IntegrityCheck"/>: each section in order; clean when no section found a problem.</summary>
public sealed record IntegrityReport(IReadOnlyList<CheckSection> Sections)
{
    public bool IsClean => Problems == 0;

    public int Problems => Sections.Sum(s => s.Problems);

    public int Notices => Sections.Sum(s => s.Issues.Count) - Problems;
}
