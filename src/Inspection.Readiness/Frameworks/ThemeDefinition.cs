namespace Inspection.Readiness.Frameworks;

/// <summary>
/// A judgement area or sub-theme of a framework: a stable id (<c>ilacs/children-in-care/permanence</c>), what inspectors
/// look at in brief, and the key phrases (and optional query) that make it a saved search.
/// </summary>
public sealed record ThemeDefinition(
    string Id,
    string FrameworkId,
    string? ParentId,
    string Title,
    string? Criteria,
    IReadOnlyList<KeyPhrase> KeyPhrases,
    string? Query);
