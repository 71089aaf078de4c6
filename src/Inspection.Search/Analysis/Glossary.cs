namespace Inspection.Search.Analysis;

/// <summary>The sector glossary read from the Glossary recipe step.</summary>
public sealed record Glossary(IReadOnlyList<GlossaryTerm> Terms)
{
    public static Glossary Empty { get; } = new([]);
}
