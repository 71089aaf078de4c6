using Inspection.Application.Findings;
using Inspection.Application.Settings;
using Inspection.Readiness;
using Inspection.Readiness.Access;
using Inspection.Readiness.Authority;
using Inspection.Readiness.Briefing;
using Inspection.Readiness.Findings;
using Inspection.Web.Evidence;
using Inspection.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inspection.Web.Pages;

/// <summary>What inspectors asked the authority to improve, with each finding's status, actions and RAG, and (for leads) a way to move it on.</summary>
public sealed class FindingsModel(FindingService findings, AuthoritySettings settings) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    /// <summary>Whose findings: ours (the default), elsewhere, all, or an organisation's name.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Organisation { get; set; }

    public OrganisationChoice Organisations { get; private set; } = new("", null, [], OrganisationFilter.OursValue);

    /// <summary>The letter (its document id) of the visit to show findings of; empty for every visit.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Visit { get; set; }

    public IReadOnlyList<FindingVisit> Visits { get; private set; } = [];

    public IReadOnlyList<TrackedFinding> Findings { get; private set; } = [];

    public bool CanManage { get; private set; }

    /// <summary>What the last change did, carried across the redirect after a post.</summary>
    [TempData]
    public string? Message { get; set; }

    public static IReadOnlyList<string> Statuses => FindingStatuses.All;

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostStatusAsync(string findingId, string status)
    {
        var caller = await HttpContext.GetCallerAsync();
        if (!FindingStatuses.All.Contains(status, StringComparer.Ordinal))
        {
            return NotFound();
        }

        try
        {
            await findings.SetStatusAsync(findingId, status, caller, HttpContext.RequestAborted);
        }
        catch (AccessDeniedException)
        {
            return Forbid();
        }
        catch (ReadinessException e) when (e.IsNotFound)
        {
            return NotFound();
        }

        Message = $"Status changed to {Words(status)}.";
        return RedirectToPage(null, null, null, $"finding-{findingId}");
    }

    /// <summary>A status inside a sentence, in the words every page and document uses (<see cref="BriefingLabels"/>).</summary>
    public static string Words(string status) => BriefingLabels.StatusInSentence(status);

    private async Task LoadAsync()
    {
        var caller = await HttpContext.GetCallerAsync();
        CanManage = caller.Can(Permissions.ManageFindings);
        var status = string.IsNullOrWhiteSpace(Status) || !FindingStatuses.All.Contains(Status, StringComparer.Ordinal) ? null : Status;
        Organisations = new OrganisationChoice(
            Organisation ?? "",
            await settings.GetAsync(HttpContext.RequestAborted),
            await settings.OrganisationsAsync(caller, HttpContext.RequestAborted),
            OrganisationFilter.OursValue);
        var list = await findings.ListAsync(status, OrganisationFilter.Parse(Organisation), Visit, caller, HttpContext.RequestAborted);
        (Findings, Visits) = (list.Findings, list.Visits);
    }
}
