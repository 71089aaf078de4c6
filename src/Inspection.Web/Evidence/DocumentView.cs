using Inspection.Content.Evidence;
using Inspection.Content.Model;

namespace Inspection.Web.Evidence;

/// <summary>One document as its page shows it: summary, versions, findings and passages.</summary>
public sealed record DocumentView(
    DocumentSummary Summary,
    IReadOnlyList<ContentItem> Versions,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<Passage> Passages);
