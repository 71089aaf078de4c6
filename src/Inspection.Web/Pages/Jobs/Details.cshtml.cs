using Inspection.Application.Jobs;
using Inspection.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inspection.Web.Pages.Jobs;

/// <summary>An upload's progress, file by file; the page updates itself while the job runs.</summary>
public sealed class DetailsModel(JobService jobs) : PageModel
{
    public JobProgress Progress { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id)
    {
        var progress = await jobs.GetAsync(id, await HttpContext.GetCallerAsync(), HttpContext.RequestAborted);
        if (progress is null)
        {
            return NotFound();
        }

        Progress = progress;
        return Page();
    }
}
