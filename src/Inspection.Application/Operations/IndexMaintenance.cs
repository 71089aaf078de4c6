using System.Globalization;
using Inspection.Content.Audit;
using Inspection.Readiness.Access;
using Inspection.Search.Indexing;

namespace Inspection.Application.Operations;

/// <summary>
/// Rebuilding the search index from the store: search answers from the old index only until the new one is in place, and
/// the rebuild takes the machine for minutes at a large store, so it is for those who may run the integrity check, and
/// it is on the record.
/// </summary>
public sealed class IndexMaintenance(OutboxIndexer indexer, PassageIndex index, IAuditLog audit, AccessPolicy access)
{
    public const string RebuildAudit = "index-rebuilt";

    /// <summary>Rebuilds the index; returns the documents and passages it now holds.</summary>
    public async Task<(int Documents, int Passages)> RebuildAsync(Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        await access.RequireAsync(caller, IntegrityCheck.Permission, "rebuild the search index", cancellationToken).ConfigureAwait(false);
        var documents = await indexer.RebuildAsync(null, cancellationToken).ConfigureAwait(false);
        var passages = index.PassageCount;
        await audit.WriteAsync(caller.UserName, RebuildAudit, null, string.Create(CultureInfo.InvariantCulture, $"{documents} document(s), {passages} passage(s)"), cancellationToken).ConfigureAwait(false);
        return (documents, passages);
    }
}
