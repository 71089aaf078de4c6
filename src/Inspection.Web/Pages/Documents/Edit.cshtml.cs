using Inspection.Application.Documents;
using Inspection.Content.Definitions;
using Inspection.Content.Evidence;
using Inspection.Readiness.Access;
using Inspection.Readiness.Frameworks;
using Inspection.Web.Evidence;
using Inspection.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inspection.Web.Pages.Documents;

/// <summary>Correct what was read from a document: its title, kind, date, organisation, classification and themes.</summary>
public sealed class EditModel(DocumentService documents, DocumentEditor editor, IEvidenceTypeCatalog types, FrameworkList frameworks) : PageModel
{
    public DocumentSummary Document { get; private set; } = null!;

    public IReadOnlyList<EvidenceType> Kinds { get; private set; } = [];

    public IReadOnlyList<string> Classifications { get; private set; } = [];

    public IReadOnlyList<FrameworkDefinition> Frameworks { get; private set; } = [];

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>(StringComparer.Ordinal);

    [BindProperty]
    public DocumentFields Fields { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string id)
    {
        var caller = await HttpContext.GetCallerAsync();
        if (!caller.Can(Permissions.EditEvidence))
        {
            return Forbid();
        }

        if (!await LoadAsync(id, caller))
        {
            return NotFound();
        }

        Fields = DocumentFields.From(Document, (await documents.GetAsync(id, caller, HttpContext.RequestAborted))!.Item);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        var caller = await HttpContext.GetCallerAsync();
        var (edit, errors) = Fields.ToEdit();
        if (errors.Count == 0)
        {
            try
            {
                var outcome = await editor.EditAsync(id, edit, caller, HttpContext.RequestAborted);
                if (outcome.Succeeded)
                {
                    if (outcome.NotFound > 0)
                    {
                        return NotFound();
                    }

                    // Post, redirect, get: a refresh does not send the change again.
                    return Redirect($"/documents/{Uri.EscapeDataString(id)}?saved={(outcome.Changed > 0 ? "changed" : "unchanged")}");
                }

                errors = outcome.Errors;
            }
            catch (AccessDeniedException)
            {
                return Forbid();
            }
        }

        if (!await LoadAsync(id, caller))
        {
            return NotFound();
        }

        Errors = errors;
        return Page();
    }

    private async Task<bool> LoadAsync(string id, Caller caller)
    {
        var view = await documents.GetAsync(id, caller, HttpContext.RequestAborted);
        if (view is null)
        {
            return false;
        }

        Document = view.Summary;
        Kinds = await types.ListAsync(HttpContext.RequestAborted);
        Classifications = caller.AllowedClassifications;
        Frameworks = await frameworks.ListAsync(HttpContext.RequestAborted);
        return true;
    }
}
