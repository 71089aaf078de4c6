namespace Inspection.Search.Query;

/// <summary>A Lucene query ready to run, with the analysed token sequences (synonyms included) that snippets should mark.</summary>
public sealed record CompiledQuery(
    Lucene.Net.Search.Query Query,
    IReadOnlyList<IReadOnlyList<string>> MarkSequences,
    int TextClauses,
    bool HasText)
{
    /// <summary>
    /// True when the query names the inspectorate among other words and asks what was said or found ("what did Ofsted say
    /// about supervision", "ofsted supervision"), not another question that only names it ("when will we meet Ofsted"):
    /// it asks for inspectors' words.
    /// </summary>
    public bool NamesInspectorate { get; init; }
}
