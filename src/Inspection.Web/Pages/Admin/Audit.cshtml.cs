using Inspection.Application.Audit;
using Inspection.Content.Audit;
using Inspection.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inspection.Web.Pages.Admin;

/// <summary>The audit log, newest first: sign-ins, views of restricted evidence, refusals, downloads, exports, uploads and changes.</summary>
public sealed class AuditModel(AuditReader audit) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Document { get; set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync() =>
        Entries = await audit.ListAsync(Document, 500, await HttpContext.GetCallerAsync(), HttpContext.RequestAborted);
}
