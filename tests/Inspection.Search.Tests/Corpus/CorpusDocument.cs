namespace Inspection.Search.Tests.Corpus;

/// <summary>How a test treats (part of) a corpus PDF: which pages, and the document fields the test assigns.</summary>
public sealed record CorpusDocument(
    string DocumentId,
    string FileName,
    Func<int, bool> Pages,
    string Title,
    string Kind,
    DateOnly Date,
    string Organisation,
    string Classification,
    IReadOnlyList<string> Themes);
