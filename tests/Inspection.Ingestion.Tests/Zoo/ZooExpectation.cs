using System.Text.Json;
using System.Text.Json.Serialization;

namespace Inspection.Ingestion.Tests.Zoo;

/// <summary>What a careful reader expects ingestion to make of one zoo document (build/zoo/docs/NAME.expected.json).</summary>
public sealed record ZooExpectation
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>"tuned" (rules may be tuned on it) or "held-out" (only measured).</summary>
    public required string Split { get; init; }

    public string? Producer { get; init; }

    /// <summary>For a scan, the born-digital file it was made from.</summary>
    public string? Original { get; init; }

    public string? Title { get; init; }

    public string? Kind { get; init; }

    public DateOnly? Published { get; init; }

    public string? Organisation { get; init; }

    public string? Marking { get; init; }

    public IReadOnlyList<ExpectedVisit> Visits { get; init; } = [];

    public IReadOnlyDictionary<string, string> Judgements { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<ExpectedFinding> Findings { get; init; } = [];

    public IReadOnlyList<ExpectedAction>? Actions { get; init; }

    /// <summary>Headings that must each start a heading path of their own (an agenda pack's reports).</summary>
    public IReadOnlyList<string>? Headings { get; init; }

    /// <summary>Text a reader does not read as the document's (deleted tracked changes, comments, a page's boilerplate, running
    /// headers and footers): none of it may be in a passage.</summary>
    public IReadOnlyList<string>? Absent { get; init; }

    [JsonIgnore]
    public bool HeldOut => string.Equals(Split, "held-out", StringComparison.Ordinal);

    public static ZooExpectation Read(string path) =>
        JsonSerializer.Deserialize<ZooExpectation>(File.ReadAllText(path), Json) ?? throw new InvalidDataException(path + " is empty");
}

/// <summary>A visit the document speaks of: its kind and first and last day, or only its month.</summary>
public sealed record ExpectedVisit(string Kind, IReadOnlyList<DateOnly>? Dates, string? Month);

public sealed record ExpectedFinding(string Kind, string Text, string? Verdict);

/// <summary>One row of a RAG-rated action plan.</summary>
public sealed record ExpectedAction(string Ref, string Action, string Owner, DateOnly Due, string Rag);
