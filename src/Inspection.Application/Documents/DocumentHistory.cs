using Inspection.Application.Findings;
using Inspection.Content.Audit;
using Inspection.Readiness.Access;
using Inspection.Readiness.Findings;

namespace Inspection.Application.Documents;

/// <summary>
/// What has happened to a document, for anyone who may see it: who wrote, corrected, published, deleted or restored it and
/// when (from the audit log), the findings read from it with the actions answering them, and the findings it is evidence for.
/// </summary>
public sealed class DocumentHistory(IAuditLog audit, FindingService findings)
{
    // The changes to a document; views and downloads stay in the audit log for those who may read it.
    private static readonly HashSet<string> Changes = new(StringComparer.Ordinal)
    {
        "ingest", DocumentEditor.EditAudit, RecycleBin.DeleteAudit, RecycleBin.RestoreAudit,
        NewVersions.NewVersionAudit, Items.AuthoringService.CreateAudit, Items.AuthoringService.SaveAudit, Items.AuthoringService.PublishAudit, Items.VersionHistory.RestoreVersionAudit,
    };

    /// <summary>The document's history; the caller must already have been shown the document (its own page checks that).</summary>
    public async Task<DocumentStory> ForAsync(DocumentView document, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var id = document.Summary.Id;
        var lines = await audit.ListAsync(id, 200, cancellationToken).ConfigureAwait(false);
        var tracked = await findings.ListAsync(null, caller, cancellationToken).ConfigureAwait(false);
        return new DocumentStory(
            [.. lines.Where(l => Changes.Contains(l.Action)).OrderBy(l => l.Id)],
            [.. tracked.Where(f => string.Equals(f.Finding.ContentItemId, id, StringComparison.Ordinal))],
            [.. tracked.Where(f => f.Evidence.Any(e => string.Equals(e.DocumentId, id, StringComparison.Ordinal)))]);
    }
}
