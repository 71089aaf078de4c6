using Inspection.Content.Evidence;
using Inspection.Content.Model;

namespace Inspection.Application.Documents;

/// <summary>One document as its page shows it: summary, the item itself, versions, findings and passages.</summary>
public sealed record DocumentView(
    DocumentSummary Summary,
    ContentItem Item,
    IReadOnlyList<ContentItem> Versions,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<Passage> Passages);
