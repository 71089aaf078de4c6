using Inspection.Application.Items;
using Inspection.Readiness;
using Inspection.Readiness.Access;
using Inspection.Web.Evidence;
using Inspection.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inspection.Web.Pages.Items;

/// <summary>Write a new piece of evidence (a self-evaluation, an impact statement, an audit summary): choose its kind, then fill in its form.</summary>
public sealed class NewModel(AuthoringService authoring, TypeEditors editors, FrameworkList frameworks) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    public IReadOnlyList<TypeEditor> Creatable { get; private set; } = [];

    public ItemFormView? View { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var caller = await HttpContext.GetCallerAsync();
        try
        {
            if (string.IsNullOrWhiteSpace(Type))
            {
                Creatable = await editors.CreatableAsync(HttpContext.RequestAborted);
                return Page();
            }

            var form = await authoring.NewAsync(Type, caller, HttpContext.RequestAborted);
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

    public async Task<IActionResult> OnPostAsync(string? publish)
    {
        var caller = await HttpContext.GetCallerAsync();
        var values = FormValues.Read(Request.Form);
        try
        {
            var outcome = await authoring.CreateAsync(Type ?? "", values, publish is not null, caller, HttpContext.RequestAborted);
            if (outcome.Succeeded)
            {
                return Redirect($"/documents/{outcome.ContentItemId}?saved={(publish is null ? "draft" : "published")}");
            }

            var blank = await authoring.NewAsync(Type ?? "", caller, HttpContext.RequestAborted);
            View = new ItemFormView(blank! with { Values = values }, outcome.Errors, await frameworks.ListAsync(HttpContext.RequestAborted), caller);
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
