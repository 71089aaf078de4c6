namespace Inspection.Search.Analysis;

/// <summary>A sector term, the words and acronyms that mean the same, and a short meaning for people.</summary>
public sealed record GlossaryTerm(string Term, IReadOnlyList<string> Synonyms, string? Meaning);
