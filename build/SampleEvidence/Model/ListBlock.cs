namespace SampleEvidence.Model;

/// <summary>A bulleted or numbered list.</summary>
internal sealed record ListBlock(IReadOnlyList<string> Items, bool Numbered) : Block;
