using System.Text.Json;
using System.Text.RegularExpressions;
using Inspection.Content.Audit;
using Inspection.Content.Evidence;
using Inspection.Content.Jobs;
using Inspection.Content.Store;
using Inspection.Ingestion.Pipeline;
using Inspection.Readiness.Findings;
using Inspection.Readiness.Plans;

namespace Inspection.Readiness.Access;

/// <summary>
/// The one place that decides what a caller may see of evidence and of everything made from it. Pages, the API, commands,
/// briefings and packs read findings, actions, histories, jobs, duplicates and audit lines through it:
/// <list type="bullet">
/// <item>a document, with its classification;</item>
/// <item>a finding, a finding's history entry and a piece of linked evidence, each with its own document;</item>
/// <item>an action, only by someone who may see every finding it answers (its title may speak of them);</item>
/// <item>an upload job and its files, by the uploader and by whoever may see the job's classification; the document a
/// file made, or duplicated, only with that document (else "already held", with no id).</item>
/// </list>
/// A lookup refused for a restricted id is audited without telling the caller that the id exists.
/// </summary>
public sealed partial class AccessPolicy(IEvidenceStore evidence, IFindingTracker tracker, IIngestionJobStore jobs, IAuditLog audit, StoreUnitOfWork unitOfWork)
{
    /// <summary>The audit action of a refused lookup.</summary>
    public const string RefusedAudit = "refused";

    public Task<DocumentVisibility> DocumentsAsync(Caller caller, IEnumerable<string> documentIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return DocumentsAsync(caller.AllowedClassifications, documentIds, cancellationToken);
    }

    public async Task<DocumentVisibility> DocumentsAsync(IReadOnlyCollection<string> allowed, IEnumerable<string> documentIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        ArgumentNullException.ThrowIfNull(documentIds);
        var classifications = await evidence.ClassificationsAsync([.. documentIds.Distinct(StringComparer.Ordinal)], includeDeleted: false, cancellationToken).ConfigureAwait(false);
        return new DocumentVisibility(classifications, allowed);
    }

    public Task<IReadOnlyList<TrackedFinding>> FindingsAsync(Caller caller, IReadOnlyList<TrackedFinding> findings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return FindingsAsync(caller.AllowedClassifications, findings, cancellationToken);
    }

    /// <summary>The findings whose documents may be seen, each with only the history, evidence and actions that may be seen too.</summary>
    public async Task<IReadOnlyList<TrackedFinding>> FindingsAsync(IReadOnlyCollection<string> allowed, IReadOnlyList<TrackedFinding> findings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        ArgumentNullException.ThrowIfNull(findings);
        if (findings.Count == 0)
        {
            return [];
        }

        var documents = await DocumentsAsync(
            allowed,
            findings.SelectMany(f => f.History.Select(h => h.ContentItemId).Concat(f.Evidence.Select(e => e.DocumentId)).Prepend(f.Finding.ContentItemId)),
            cancellationToken).ConfigureAwait(false);
        var actions = await ActionAudiencesAsync(findings.SelectMany(f => f.Actions.Select(a => a.ContentItemId)), cancellationToken).ConfigureAwait(false);
        return [.. findings
            .Where(f => documents.IsVisible(f.Finding.ContentItemId))
            .Select(f => f with
            {
                Actions = [.. f.Actions.Where(a => MaySeeAction(allowed, actions, a.ContentItemId))],
                Evidence = [.. f.Evidence.Where(e => documents.IsVisible(e.DocumentId))],
                History = [.. f.History.Where(h => documents.IsVisible(h.ContentItemId))],
            })];
    }

    /// <summary>The actions the caller may see, each with the findings it answers.</summary>
    public async Task<IReadOnlyList<PlannedAction>> ActionsAsync(Caller caller, IReadOnlyList<PlannedAction> actions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(actions);
        var audiences = await ActionAudiencesAsync(actions.Select(a => a.Action.ContentItemId), cancellationToken).ConfigureAwait(false);
        var documents = await DocumentsAsync(caller, actions.SelectMany(a => a.Findings.Select(f => f.ContentItemId)), cancellationToken).ConfigureAwait(false);
        return [.. actions
            .Where(a => MaySeeAction(caller.AllowedClassifications, audiences, a.Action.ContentItemId))
            .Select(a => a with { Findings = [.. a.Findings.Where(f => documents.IsVisible(f.ContentItemId))] })];
    }

    /// <summary>Whether the caller may see this action (one that answers no finding is open to everyone who may view evidence).</summary>
    public async Task<bool> MaySeeActionAsync(Caller caller, string actionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var audiences = await ActionAudiencesAsync([actionId], cancellationToken).ConfigureAwait(false);
        return MaySeeAction(caller.AllowedClassifications, audiences, actionId);
    }

    /// <summary>Whether the caller may see the job and its files' names: they uploaded it, or may see what it was filed as.</summary>
    public static bool MaySeeJob(Caller caller, IngestionJob job)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(job);
        var settings = Settings(job);
        if (settings is null)
        {
            // A job whose settings cannot be read is shown to nobody but those who see everything.
            return Classifications.All.All(caller.MaySee);
        }

        return (caller.IsSignedIn && string.Equals(settings.UserName, caller.UserName, StringComparison.OrdinalIgnoreCase))
            || caller.MaySee(settings.Classification);
    }

    /// <summary>Who started the job, as recorded with it.</summary>
    public static string? Uploader(IngestionJob job) => Settings(job)?.UserName;

    /// <summary>The document a job's file made or duplicated, when the caller may see it; null otherwise ("already held").</summary>
    public static string? VisibleDocument(DocumentVisibility documents, string? documentId)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return documents.IsVisible(documentId) ? documentId : null;
    }

    /// <summary>
    /// Audit lines as the caller may read them. Someone who may see every classification reads them all; anyone else reads
    /// a line that names something they may not see (a document, passage, finding, action or upload job, deleted ones
    /// included), and every refusal, only as who did what when, without its subject or detail.
    /// </summary>
    public async Task<IReadOnlyList<AuditEntry>> AuditEntriesAsync(Caller caller, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(entries);
        if (Classifications.All.All(caller.MaySee))
        {
            return entries;
        }

        var mentioned = entries.SelectMany(Mentions).Distinct(StringComparer.Ordinal).ToList();
        var owners = await evidence.OwningItemsAsync(mentioned, cancellationToken).ConfigureAwait(false);
        var items = await evidence.ClassificationsAsync([.. mentioned.Concat(owners.Values).Distinct(StringComparer.Ordinal)], includeDeleted: true, cancellationToken).ConfigureAwait(false);
        var actions = await ActionAudiencesAsync(mentioned, cancellationToken).ConfigureAwait(false);
        var hidden = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in mentioned)
        {
            var item = owners.GetValueOrDefault(id) ?? id;
            if ((items.TryGetValue(item, out var classification) && !caller.MaySee(classification))
                || !MaySeeAction(caller.AllowedClassifications, actions, id)
                || (!items.ContainsKey(item) && await jobs.GetAsync(id, cancellationToken).ConfigureAwait(false) is { } job && !MaySeeJob(caller, job)))
            {
                hidden.Add(id);
            }
        }

        return [.. entries.Select(e => string.Equals(e.Action, RefusedAudit, StringComparison.Ordinal) || Mentions(e).Any(hidden.Contains)
            ? e with { ContentItemId = null, Detail = null }
            : e)];
    }

    /// <summary>The audit action of an operation a caller's role does not allow.</summary>
    public const string DeniedAudit = "denied";

    /// <summary>True once this scope (a request, a command) has audited a denial, so that a host does not audit it twice.</summary>
    public bool DenialAudited { get; private set; }

    /// <summary>Lets the operation go ahead when the caller's role has <paramref name="permission"/>; otherwise audits the attempt and throws <see cref="AccessDeniedException"/>.</summary>
    public async Task RequireAsync(Caller caller, string permission, string what, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.Can(permission))
        {
            return;
        }

        await DeniedAsync(caller, $"{what} (needs {permission})", cancellationToken).ConfigureAwait(false);
        throw new AccessDeniedException($"your role may not {what} (it needs the {permission} permission)");
    }

    /// <summary>Records an operation refused for want of a permission (a host's own gate calls this too).</summary>
    public async Task DeniedAsync(Caller caller, string what, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        DenialAudited = true;
        await audit.WriteAsync(caller.IsSignedIn ? caller.UserName : "(signed out)", DeniedAudit, null, what, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The audit action of restricted evidence shown in search results.</summary>
    public const string SearchHitAudit = "search-hit";

    /// <summary>
    /// Records which documents classified above Official a search showed the caller, one line per document with its
    /// classification (never the query, which may name a child), all in one store transaction.
    /// </summary>
    public async Task HitsShownAsync(Caller caller, IEnumerable<string> documentIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(documentIds);
        // Someone who may see Official evidence only cannot have been shown anything else: no look-up needed.
        var ids = documentIds.Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0 || caller.AllowedClassifications.All(c => string.Equals(c, Classifications.Official, StringComparison.Ordinal)))
        {
            return;
        }

        var classifications = await evidence.ClassificationsAsync(ids, includeDeleted: false, cancellationToken).ConfigureAwait(false);
        var restricted = ids
            .Where(id => classifications.TryGetValue(id, out var c) && !string.Equals(c, Classifications.Official, StringComparison.Ordinal))
            .ToList();
        if (restricted.Count == 0)
        {
            return;
        }

        var who = caller.IsSignedIn ? caller.UserName : "(signed out)";
        await unitOfWork.RunAsync(
            async ct =>
            {
                foreach (var id in restricted)
                {
                    await audit.WriteAsync(who, SearchHitAudit, id, classifications[id], ct).ConfigureAwait(false);
                }
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Records that the caller asked for something by id that exists but that they may not see.</summary>
    public Task RefusedAsync(Caller caller, string subject, string id, string? documentId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(id);
        var who = caller.IsSignedIn ? caller.UserName : "(signed out)";
        return audit.WriteAsync(who, RefusedAudit, documentId, $"{subject} {id}", cancellationToken);
    }

    private async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> ActionAudiencesAsync(IEnumerable<string> actionIds, CancellationToken cancellationToken)
    {
        var ids = actionIds.Distinct(StringComparer.Ordinal).ToList();
        return ids.Count == 0
            ? new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
            : await tracker.ActionAudiencesAsync(ids, cancellationToken).ConfigureAwait(false);
    }

    private static bool MaySeeAction(IReadOnlyCollection<string> allowed, IReadOnlyDictionary<string, IReadOnlyList<string>> audiences, string actionId) =>
        !audiences.TryGetValue(actionId, out var classifications) || classifications.All(c => allowed.Contains(c, StringComparer.Ordinal));

    // Ids in our stores are 25-26 lower-case letters and digits; a line names its item and may name others in its detail.
    private static IEnumerable<string> Mentions(AuditEntry entry)
    {
        var detail = entry.Detail is null ? [] : IdLike().Matches(entry.Detail).Select(m => m.Value);
        return entry.ContentItemId is null ? detail : detail.Prepend(entry.ContentItemId);
    }

    [GeneratedRegex("\\b[0-9a-z]{20,40}\\b", RegexOptions.CultureInvariant)]
    private static partial Regex IdLike();

    private static IngestSettings? Settings(IngestionJob job)
    {
        try
        {
            return JsonSerializer.Deserialize<IngestSettings>(job.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
