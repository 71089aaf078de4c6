using Inspection.Application.Items;
using Inspection.Readiness;
using Inspection.Readiness.Access;
using Inspection.Web.Evidence;
using Inspection.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inspection.Web.Pages.Items;

/// <summary>Every field of a document, in the form its type's definition makes: saved as a new version (a draft, or published).</summary>
public sealed class EditModel(AuthoringService authoring, FrameworkList frameworks) : PageModel
{
    public ItemFormView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id)
    {
        var caller = await HttpContext.GetCallerAsync();
        try
        {
            var form = await authoring.EditAsync(id, caller, HttpContext.RequestAborted);
            if (form is null)
            {
                return NotFound();
            }

            View = new ItemFormView(form, new Dictionary<string, string>(StringComparer.Ordinal), await frameworks.ListAsync(HttpContext.RequestAborted), caller);
            return Page();
        }
        catch (AccessDeniedException)
        {
            return Forbid();
        }
    }

    public async Task<IActionResult> OnPostAsync(string id, string? publish)
    {
        var caller = await HttpContext.GetCallerAsync();
        var values = FormValues.Read(Request.Form);
        try
        {
            var outcome = await authoring.SaveAsync(id, values, publish is not null, caller, HttpContext.RequestAborted);
            if (outcome.Succeeded)
            {
                var saved = !outcome.Changed ? "unchanged" : publish is null ? "draft" : "published";
                return Redirect($"/documents/{Uri.EscapeDataString(id)}?saved={saved}");
            }

            var form = await authoring.EditAsync(id, caller, HttpContext.RequestAborted);
            if (form is null)
            {
                return NotFound();
            }

            View = new ItemFormView(form with { Values = values }, outcome.Errors, await frameworks.ListAsync(HttpContext.RequestAborted), caller);
            return Page();
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
}
