namespace Inspection.Application.Jobs;

/// <summary>
/// One file of an upload job: its name, what became of it, the document it made, or why it was refused; for a document the
/// caller may see, what was recognised in it (kind, date, organisation, findings) and what a person should check.
/// </summary>
public sealed record JobFile(string FileName, string Status, string? DocumentId, string? Error)
{
    /// <summary>The content type it was filed as (e.g. InspectionLetter), when recognised.</summary>
    public string? Kind { get; init; }

    /// <summary>The kind as people call it ("Inspection letter").</summary>
    public string? KindName { get; init; }

    public DateOnly? Date { get; init; }

    public string? Organisation { get; init; }

    /// <summary>How many findings were read from it (recommendations, areas for improvement, verdicts).</summary>
    public int? Findings { get; init; }

    /// <summary>What a person should check: no date, kind or organisation recognised, a peer's document, pages without text.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
