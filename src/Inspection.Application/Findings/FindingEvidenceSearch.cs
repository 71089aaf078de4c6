using Inspection.Application.Searches;
using Inspection.Readiness.Access;
using Inspection.Readiness.Findings;
using Inspection.Search;

namespace Inspection.Application.Findings;

/// <summary>A passage a lead could link as evidence for a finding, and whether it is dated after the visit (evidence of impact).</summary>
public sealed record EvidenceCandidate(SearchHit Hit, bool AfterVisit);

/// <summary>The words searched (the finding's own telling words unless the lead typed others) and the passages found.</summary>
public sealed record EvidenceCandidates(TrackedFinding Finding, string Query, IReadOnlyList<EvidenceCandidate> Candidates, string? Message);

/// <summary>
/// Searching for evidence of what has been done about a finding, as the finding page and <c>inspection findings evidence</c>
/// both do: from the finding's telling words, leaving out its own letter and the passages already linked, evidence dated
/// after the visit first, for leads who may link evidence.
/// </summary>
public sealed class FindingEvidenceSearch(FindingService findings, EvidenceSearch search, AccessPolicy access)
{
    /// <summary>At most this many passages are offered at a time.</summary>
    public const int MaxCandidates = 10;

    public async Task<EvidenceCandidates> CandidatesAsync(string findingId, string? words, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        await access.RequireAsync(caller, Permissions.ManageFindings, "search for evidence to link to findings", cancellationToken).ConfigureAwait(false);
        var tracked = await findings.RequireAsync(findingId, caller, cancellationToken).ConfigureAwait(false);
        var finding = tracked.Finding;
        var query = string.IsNullOrWhiteSpace(words) ? FindingQuery.From(finding.Text) : words.Trim();
        var linked = tracked.Evidence.Select(e => e.PassageId).ToHashSet(StringComparer.Ordinal);
        var results = await search.SearchAsync(
            new SearchRequest { Query = query, Top = MaxCandidates },
            caller,
            shown: hit => !linked.Contains(hit.PassageId) && !string.Equals(hit.DocumentId, finding.ContentItemId, StringComparison.Ordinal),
            cancellationToken).ConfigureAwait(false);
        // Evidence dated after the visit is what shows the finding was acted on: it comes first, each part in the search's order.
        var candidates = results.Hits
            .Select(hit => new EvidenceCandidate(hit, hit.Date is { } date && finding.VisitDate is { } visit && date > visit))
            .OrderBy(c => !c.AfterVisit)
            .ToList();
        return new EvidenceCandidates(tracked, query, candidates, results.Message);
    }
}
