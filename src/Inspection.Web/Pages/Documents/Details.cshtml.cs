using Inspection.Application.Documents;
using Inspection.Content.Audit;
using Inspection.Content.Store;
using Inspection.Search.Indexing;
using Inspection.Readiness.Access;
using Inspection.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inspection.Web.Pages.Documents;

/// <summary>One document: what it is, its versions, the findings read from it and its passages; restricted views are audited; editors may delete it.</summary>
public sealed class DetailsModel(DocumentService documents, IContentStore store, IAuditLog audit, OutboxIndexer indexer) : PageModel
{
    public DocumentView View { get; private set; } = null!;

    public bool CanEdit { get; private set; }

    /// <summary>True when the person asked to delete and the page asks them to confirm.</summary>
    [BindProperty(SupportsGet = true)]
    public bool ConfirmDelete { get; set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        var caller = await HttpContext.GetCallerAsync();
        var view = await documents.GetAsync(id, caller, HttpContext.RequestAborted);
        if (view is null)
        {
            return NotFound();
        }

        View = view;
        CanEdit = caller.Can(Permissions.EditEvidence);
        ConfirmDelete &= CanEdit;
        return Page();
    }

    /// <summary>Soft delete: hidden from lists and search at once; an administrator can still purge it from the command line.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(string id)
    {
        var caller = await HttpContext.GetCallerAsync();
        if (!caller.Can(Permissions.EditEvidence))
        {
            return Forbid();
        }

        var view = await documents.GetAsync(id, caller, HttpContext.RequestAborted);
        if (view is null)
        {
            return NotFound();
        }

        await store.InTransactionAsync(
            async ct =>
            {
                await store.DeleteAsync(id, ct);
                await audit.WriteAsync(caller.UserName, "delete", id, view.Summary.Title, ct);
                return true;
            },
            HttpContext.RequestAborted);
        await indexer.CatchUpAsync(HttpContext.RequestAborted);
        return Redirect("/documents?deleted=1");
    }

    public async Task<IActionResult> OnGetOriginalAsync(string id)
    {
        var original = await documents.OpenOriginalAsync(id, await HttpContext.GetCallerAsync(), HttpContext.RequestAborted);
        return original is { } o ? File(o.Content, o.MediaType, o.FileName) : NotFound();
    }
}
