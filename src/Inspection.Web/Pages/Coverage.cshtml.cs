using Inspection.Readiness.Coverage;
using Inspection.Readiness.Frameworks;
using Inspection.Web.Evidence;
using Inspection.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inspection.Web.Pages;

/// <summary>Theme by theme for one framework: how much evidence, of which kinds, how recent, and the gaps an inspector would see.</summary>
public sealed class CoverageModel(ICoverageService coverage, FrameworkList catalog) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Framework { get; set; }

    public IReadOnlyList<FrameworkDefinition> Frameworks { get; private set; } = [];

    public FrameworkCoverage? Coverage { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        Frameworks = await catalog.ListAsync(cancellationToken);
        var id = string.IsNullOrWhiteSpace(Framework) ? (Frameworks.Count > 0 ? Frameworks[0].Id : null) : Framework.Trim();
        if (id is null)
        {
            return Page();
        }

        try
        {
            Coverage = await coverage.GetAsync(id, (await HttpContext.GetCallerAsync()).AllowedClassifications, cancellationToken);
            Framework = id;
            return Page();
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }
    }
}
