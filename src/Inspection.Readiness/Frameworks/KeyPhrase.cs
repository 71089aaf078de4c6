namespace Inspection.Readiness.Frameworks;

/// <summary>A phrase that signals a theme in evidence, with how strongly (1 = ordinary).</summary>
public sealed record KeyPhrase(string Text, float Weight = 1f);
