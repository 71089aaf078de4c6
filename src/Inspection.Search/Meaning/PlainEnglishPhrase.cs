namespace Inspection.Search.Meaning;

/// <summary>Everyday ways of saying something and the sector's terms for it ("moving in with a new family": adoption placement).</summary>
public sealed record PlainEnglishPhrase(IReadOnlyList<string> Everyday, IReadOnlyList<string> Sector);
