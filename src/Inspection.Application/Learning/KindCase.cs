namespace Inspection.Application.Learning;

/// <summary>A document whose kind is known, with the kind the reading's rules gave it: one case of the kinds evaluation.</summary>
public sealed record KindCase(string Text, string Kind, string RulesKind);
