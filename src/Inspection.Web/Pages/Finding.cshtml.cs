using Inspection.Application.Findings;
using Inspection.Readiness;
using Inspection.Readiness.Access;
using Inspection.Readiness.Findings;
using Inspection.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inspection.Web.Pages;

/// <summary>
/// One finding: what inspectors said and where, its actions, the evidence linked to it and the same matter at other
/// visits; a lead can search for evidence of what has been done and link it (evidence dated after the visit moves the
/// finding to "evidence of impact").
/// </summary>
public sealed class FindingModel(FindingService findings, FindingEvidenceSearch evidenceSearch) : PageModel
{
    public TrackedFinding Tracked { get; private set; } = null!;

    public IReadOnlyList<LinkedEvidence> Evidence { get; private set; } = [];

    public bool CanManage { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<EvidenceCandidate>? Candidates { get; private set; }

    /// <summary>What the evidence search said of the words (a correction, a looser match), if anything.</summary>
    public string? SearchMessage { get; private set; }

    /// <summary>What the last change did, carried across the redirect after a post.</summary>
    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostLinkAsync(string id, string passageId)
    {
        var caller = await HttpContext.GetCallerAsync();
        try
        {
            var linked = await findings.LinkEvidenceAsync(id, passageId, caller, HttpContext.RequestAborted);
            Message = $"Evidence linked. The finding is now {FindingsModel.Words(linked.Status)}.";
            return RedirectToPage(new { id });
        }
        catch (AccessDeniedException)
        {
            return Forbid();
        }
        catch (ReadinessException e) when (e.IsNotFound)
        {
            return NotFound();
        }
    }

    private async Task<bool> LoadAsync(string id)
    {
        var caller = await HttpContext.GetCallerAsync();
        var tracked = await findings.GetAsync(id, caller, HttpContext.RequestAborted);
        if (tracked is null)
        {
            return false;
        }

        Tracked = tracked;
        Evidence = tracked.Evidence;
        CanManage = caller.Can(Permissions.ManageFindings);
        if (CanManage)
        {
            var found = await evidenceSearch.CandidatesAsync(id, Q, caller, HttpContext.RequestAborted);
            Q = found.Query;
            Candidates = found.Candidates;
            SearchMessage = found.Message;
        }

        return true;
    }
}
