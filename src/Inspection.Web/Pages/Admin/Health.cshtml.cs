using Inspection.Application.Health;
using Inspection.Web.Hosting;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inspection.Web.Pages.Admin;

/// <summary>The search index's health for administrators: ready or being rebuilt, how far behind, and the items it could not take.</summary>
public sealed class HealthModel(IndexHealth health) : PageModel
{
    public IndexHealthReport? Report { get; private set; }

    public async Task OnGetAsync() =>
        Report = await health.ReadAsync(await HttpContext.GetCallerAsync(), IndexHealth.DefaultMaxFailures, HttpContext.RequestAborted);
}
