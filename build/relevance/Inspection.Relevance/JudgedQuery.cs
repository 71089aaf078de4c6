namespace Inspection.Relevance;

/// <summary>One judged query: its group, whether it is tuned on or held out, the text as staff type it, the passages that answer it, and who searches.</summary>
public sealed record JudgedQuery(
    string Group,
    bool HeldOut,
    string Query,
    IReadOnlyList<RelevantPhrase> Relevant,
    IReadOnlyList<string>? Allowed,
    int Line);
