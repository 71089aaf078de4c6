namespace Inspection.Search.Analysis;

/// <summary>A glossary phrase found in a token sequence: where it starts, how many tokens it spans, and every equivalent form as analysed tokens.</summary>
public sealed record SynonymMatch(int Start, int Length, IReadOnlyList<IReadOnlyList<string>> Alternatives);
