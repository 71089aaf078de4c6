using Inspection.Application.Documents;
using Inspection.Readiness.Access;
using Inspection.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inspection.Web.Pages.Documents;

/// <summary>The recycle bin: deleted documents the caller may see, restorable until they are purged; administrators may purge at once.</summary>
public sealed class DeletedModel(RecycleBin bin) : PageModel
{
    public IReadOnlyList<DeletedDocument> Documents { get; private set; } = [];

    public bool CanRestore { get; private set; }

    public bool CanPurge { get; private set; }

    /// <summary>"restored" or "purged" after a change (post, redirect, get).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public async Task OnGetAsync()
    {
        var caller = await HttpContext.GetCallerAsync();
        CanRestore = caller.Can(Permissions.EditEvidence);
        CanPurge = caller.Can(Permissions.PurgeEvidence);
        Documents = await bin.ListAsync(caller, HttpContext.RequestAborted);
    }

    public Task<IActionResult> OnPostRestoreAsync(string id) =>
        ChangeAsync(caller => bin.RestoreAsync(id, caller, HttpContext.RequestAborted), $"/documents/{Uri.EscapeDataString(id)}?saved=restored");

    public Task<IActionResult> OnPostPurgeAsync(string id) =>
        ChangeAsync(caller => bin.PurgeAsync(id, caller, HttpContext.RequestAborted), "/documents/deleted?done=purged");

    private async Task<IActionResult> ChangeAsync(Func<Caller, Task<bool>> change, string then)
    {
        try
        {
            return await change(await HttpContext.GetCallerAsync()) ? Redirect(then) : NotFound();
        }
        catch (AccessDeniedException)
        {
            return Forbid();
        }
    }
}
