using Inspection.Application.Items;
using Inspection.Readiness.Access;
using Inspection.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inspection.Web.Pages.Documents;

/// <summary>A document's versions: who saved each and when, two of them compared line by line, and any one restored.</summary>
public sealed class VersionsModel(VersionHistory history) : PageModel
{
    public string Id { get; private set; } = "";

    public IReadOnlyList<VersionLine> Versions { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    public VersionComparison? Comparison { get; private set; }

    public bool CanRestore { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        var caller = await HttpContext.GetCallerAsync();
        var versions = await history.ListAsync(id, caller, HttpContext.RequestAborted);
        if (versions is null)
        {
            return NotFound();
        }

        Id = id;
        Versions = versions;
        CanRestore = caller.Can(Permissions.EditEvidence);
        // Without a choice, the latest version is compared with the one before it.
        var to = To ?? (versions.Count > 1 ? versions[^1].VersionId : null);
        var from = From ?? (versions.Count > 1 ? versions[^2].VersionId : null);
        if (from is not null && to is not null && from != to)
        {
            Comparison = await history.CompareAsync(id, from, to, caller, HttpContext.RequestAborted);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync(string id, string versionId)
    {
        try
        {
            return await history.RestoreAsync(id, versionId, await HttpContext.GetCallerAsync(), HttpContext.RequestAborted)
                ? Redirect($"/documents/{Uri.EscapeDataString(id)}/versions?restored=1")
                : NotFound();
        }
        catch (AccessDeniedException)
        {
            return Forbid();
        }
    }
}
