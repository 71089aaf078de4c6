namespace Inspection.Search.Query;

/// <summary>A Lucene query ready to run, with the analysed token sequences (synonyms included) that snippets should mark.</summary>
public sealed record CompiledQuery(
    Lucene.Net.Search.Query Query,
    IReadOnlyList<IReadOnlyList<string>> MarkSequences,
    int TextClauses,
    bool HasText);
