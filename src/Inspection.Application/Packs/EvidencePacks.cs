using Inspection.Readiness.Access;
using Inspection.Readiness.Packs;

namespace Inspection.Application.Packs;

/// <summary>
/// An evidence pack for a caller: it needs ExportPacks, holds only classifications the caller may see (of those asked for),
/// and names the caller in the pack and the audit log, whichever host asks.
/// </summary>
public sealed class EvidencePacks(EvidencePackBuilder builder, AccessPolicy access)
{
    public async Task<EvidencePackPlan> PlanAsync(
        string themeId,
        IReadOnlyCollection<string> include,
        int maxDocuments,
        Caller caller,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        await access.RequireAsync(caller, Permissions.ExportPacks, "export evidence packs", cancellationToken).ConfigureAwait(false);
        var request = new EvidencePackRequest(themeId, caller.UserName, caller.AllowedClassifications, include, maxDocuments);
        return await builder.PlanAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes the ZIP; the builder audits the export and each restricted document in it, as the caller.</summary>
    public Task WriteAsync(EvidencePackPlan plan, Caller caller, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return builder.WriteAsync(plan, caller.UserName, output, cancellationToken);
    }
}
