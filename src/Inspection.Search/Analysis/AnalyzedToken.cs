namespace Inspection.Search.Analysis;

/// <summary>One analysed token with its character offsets in the source text.</summary>
public readonly record struct AnalyzedToken(string Term, int Start, int End);
