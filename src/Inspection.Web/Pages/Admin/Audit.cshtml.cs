using Inspection.Content.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inspection.Web.Pages.Admin;

/// <summary>The audit log, newest first: sign-ins, views of restricted evidence, downloads, exports, uploads and changes.</summary>
public sealed class AuditModel(IAuditLog audit) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Document { get; set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync() =>
        Entries = await audit.ListAsync(string.IsNullOrWhiteSpace(Document) ? null : Document.Trim(), 500, HttpContext.RequestAborted);
}
