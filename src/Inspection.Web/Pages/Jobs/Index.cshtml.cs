using Inspection.Application.Jobs;
using Inspection.Web.Hosting;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inspection.Web.Pages.Jobs;

/// <summary>Recent uploads the caller may see and how each went, so that an upload started yesterday can be followed up today.</summary>
public sealed class IndexModel(JobService jobs) : PageModel
{
    public IReadOnlyList<JobSummary> Jobs { get; private set; } = [];

    public async Task OnGetAsync() => Jobs = await jobs.ListAsync(50, await HttpContext.GetCallerAsync(), HttpContext.RequestAborted);
}
