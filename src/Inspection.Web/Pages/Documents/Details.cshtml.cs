using Inspection.Web.Evidence;
using Inspection.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inspection.Web.Pages.Documents;

/// <summary>One document: what it is, its versions, the findings read from it and its passages; restricted views are audited.</summary>
public sealed class DetailsModel(EvidenceReader reader) : PageModel
{
    public DocumentView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id)
    {
        var view = await reader.GetAsync(id, await HttpContext.GetCallerAsync(), HttpContext.RequestAborted);
        if (view is null)
        {
            return NotFound();
        }

        View = view;
        return Page();
    }

    public async Task<IActionResult> OnGetOriginalAsync(string id)
    {
        var original = await reader.OpenOriginalAsync(id, await HttpContext.GetCallerAsync(), HttpContext.RequestAborted);
        return original is { } o ? File(o.Content, o.MediaType, o.FileName) : NotFound();
    }
}
