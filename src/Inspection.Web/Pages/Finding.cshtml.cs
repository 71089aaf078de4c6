using Inspection.Application.Findings;
using Inspection.Readiness;
using Inspection.Readiness.Access;
using Inspection.Readiness.Findings;
using Inspection.Search;
using Inspection.Web.Evidence;
using Inspection.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inspection.Web.Pages;

/// <summary>
/// One finding: what inspectors said and where, its actions, the evidence linked to it and the same matter at other
/// visits; a lead can search for evidence of what has been done and link it (evidence dated after the visit moves the
/// finding to "evidence of impact").
/// </summary>
public sealed class FindingModel(FindingService findings, EvidenceReader reader) : PageModel
{
    public TrackedFinding Tracked { get; private set; } = null!;

    public IReadOnlyList<LinkedEvidence> Evidence { get; private set; } = [];

    public bool CanManage { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public SearchResults? Candidates { get; private set; }

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
            Q ??= FindingQuery.From(tracked.Finding.Text);
            var form = new SearchForm { Q = Q, Page = 1 };
            var linked = tracked.Evidence.Select(e => e.PassageId).ToHashSet(StringComparer.Ordinal);
            var results = await reader.SearchAsync(form, after: null, before: null, caller, HttpContext.RequestAborted);
            Candidates = results with { Hits = [.. results.Hits.Where(h => !linked.Contains(h.PassageId) && h.DocumentId != tracked.Finding.ContentItemId).Take(10)] };
        }

        return true;
    }
}
