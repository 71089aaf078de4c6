using Inspection.Content.Evidence;
using Inspection.Search.Indexing;
using Inspection.Search.Tests.Corpus;

namespace Inspection.Search.Tests.Matching;

/// <summary>An index of passages a test writes itself, for matching rules that need passages side by side.</summary>
public sealed class WrittenIndex : TestIndex
{
    public WrittenIndex Add(string documentId, string text, string classification = Classifications.Official, string kind = "Other", string organisation = "Test Council", DateOnly? date = null, string? partKind = null)
    {
        var ordinal = Index.PassageCount + _pending.Count;
        _pending.Add(new IndexedPassage($"{documentId}#{ordinal:D3}", documentId, documentId + "-v1", "Written " + documentId, kind,
            date ?? new DateOnly(2024, 5, 1), organisation, classification, [], "written.txt", string.Empty, 1, 1, text, false) { PartKind = partKind });
        return this;
    }

    public WrittenIndex Commit()
    {
        foreach (var document in _pending.GroupBy(p => p.DocumentId))
        {
            Index.UpsertDocument(document.Key, [.. document]);
        }

        _pending.Clear();
        Index.Commit();
        Index.Refresh();
        return this;
    }

    public SearchResults Search(string query, IReadOnlyList<string>? allowed = null, int top = 10) =>
        Service.Search(new SearchRequest { Query = query, AllowedClassifications = allowed ?? Classifications.All, Top = top });

    private readonly List<IndexedPassage> _pending = [];
}
