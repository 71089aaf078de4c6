using Inspection.Application.Exports;
using Inspection.Readiness;
using Inspection.Readiness.Briefing;
using Inspection.Readiness.Frameworks;
using Inspection.Web.Evidence;
using Inspection.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inspection.Web.Pages;

/// <summary>
/// One page before a visit for a theme: what inspectors said last time, actions and their RAG, the latest audits, impact
/// statements and data, and the gaps; the printable version is a download of its own, and is audited as an export.
/// </summary>
public sealed class BriefingModel(IVisitBriefingService briefings, FrameworkList catalog, ReadinessExports exports) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Theme { get; set; }

    public IReadOnlyList<FrameworkDefinition> Frameworks { get; private set; } = [];

    public VisitBriefing? Briefing { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Frameworks = await catalog.ListAsync(HttpContext.RequestAborted);
        if (string.IsNullOrWhiteSpace(Theme))
        {
            return Page();
        }

        Briefing = await BuildAsync();
        return Briefing is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnGetPrintAsync()
    {
        var briefing = await ExportAsync("printable page");
        if (briefing is null)
        {
            return NotFound();
        }

        // The printable page carries its own stylesheet inline and no script; every value in it is HTML-encoded.
        Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
        return Content(BriefingHtmlRenderer.Render(briefing, briefing.Authority), "text/html; charset=utf-8");
    }

    /// <summary>The briefing as a Word document, audited as an export like the printable page.</summary>
    public async Task<IActionResult> OnGetDocxAsync()
    {
        var briefing = await ExportAsync("Word");
        if (briefing is null)
        {
            return NotFound();
        }

        var name = new string([.. briefing.ThemeId.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);
        return File(BriefingDocxRenderer.Render(briefing, briefing.Authority), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"briefing-{name}.docx");
    }

    private async Task<VisitBriefing?> ExportAsync(string format)
    {
        if (string.IsNullOrWhiteSpace(Theme))
        {
            return null;
        }

        try
        {
            return await exports.BriefingAsync(Theme.Trim(), null, format, await HttpContext.GetCallerAsync(), HttpContext.RequestAborted);
        }
        catch (ReadinessException)
        {
            return null;
        }
    }

    private async Task<VisitBriefing?> BuildAsync()
    {
        try
        {
            var caller = await HttpContext.GetCallerAsync();
            return await briefings.BuildAsync(Theme!.Trim(), caller.AllowedClassifications, HttpContext.RequestAborted);
        }
        catch (ReadinessException)
        {
            return null;
        }
    }
}
