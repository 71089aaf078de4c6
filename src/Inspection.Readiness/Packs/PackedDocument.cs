namespace Inspection.Readiness.Packs;

/// <summary>One document of a pack: what it is, why it is there (its best passage for the theme), and its file in the pack.</summary>
public sealed record PackedDocument(
    string DocumentId,
    string Title,
    string Kind,
    DateOnly? Date,
    string Classification,
    string? SourceFile,
    string? SourceHash,
    string PackPath,
    bool HasFindings,
    int MatchingPassages,
    int PageFrom,
    int PageTo,
    string Excerpt)
{
    /// <summary>The kind in words, as its content type names it.</summary>
    public string KindName { get; init; } = Kind;
}
