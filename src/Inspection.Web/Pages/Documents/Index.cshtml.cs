using Inspection.Application.Documents;
using Inspection.Content.Evidence;
using Inspection.Search.Query;
using Inspection.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inspection.Web.Pages.Documents;

/// <summary>The evidence held that the caller may see, newest first, optionally of one kind.</summary>
public sealed class IndexModel(DocumentService documents) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Deleted { get; set; }

    public IReadOnlyList<DocumentSummary> Documents { get; private set; } = [];

    public static IReadOnlyList<string> Kinds => KindNames.All;

    public async Task OnGetAsync()
    {
        var kind = string.IsNullOrWhiteSpace(Type) ? null : KindNames.Resolve(Type) ?? Type;
        Documents = await documents.ListAsync(kind, await HttpContext.GetCallerAsync(), HttpContext.RequestAborted);
    }
}
