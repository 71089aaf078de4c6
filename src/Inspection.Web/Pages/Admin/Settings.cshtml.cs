using Inspection.Application.Settings;
using Inspection.Readiness;
using Inspection.Readiness.Access;
using Inspection.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inspection.Web.Pages.Admin;

/// <summary>An administrator says which authority this repository serves; each change is audited (post, then redirect).</summary>
public sealed class SettingsModel(AuthoritySettings settings) : PageModel
{
    public string? Authority { get; private set; }

    public IReadOnlyList<string> Organisations { get; private set; } = [];

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    public async Task OnGetAsync() => await LoadAsync(null);

    public async Task<IActionResult> OnPostAsync(string? authority)
    {
        try
        {
            await settings.SetAsync(authority, await HttpContext.GetCallerAsync(), HttpContext.RequestAborted);
        }
        catch (AccessDeniedException)
        {
            return Forbid();
        }
        catch (ReadinessException e)
        {
            Errors["authority"] = e.Message;
            await LoadAsync(authority);
            return Page();
        }

        return Redirect("/admin/settings?saved=true");
    }

    private async Task LoadAsync(string? typed)
    {
        Authority = typed ?? await settings.GetAsync(HttpContext.RequestAborted);
        Organisations = await settings.OrganisationsAsync(await HttpContext.GetCallerAsync(), HttpContext.RequestAborted);
    }
}
