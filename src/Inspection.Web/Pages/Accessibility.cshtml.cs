using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inspection.Web.Pages;

/// <summary>The accessibility statement: open to everyone, signed in or not, as the regulations expect.</summary>
[AllowAnonymous]
public sealed class AccessibilityModel : PageModel
{
    public void OnGet()
    {
    }
}
