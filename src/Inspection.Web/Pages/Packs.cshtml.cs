using Inspection.Content.Store;
using Inspection.Readiness;
using Inspection.Readiness.Frameworks;
using Inspection.Readiness.Packs;
using Inspection.Web.Evidence;
using Inspection.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Inspection.Web.Pages;

/// <summary>
/// Evidence packs for inspectors: choose a theme and the classifications to include, see what will go in, then download
/// one ZIP (index page, manifest, originals). The export, and each restricted document in it, is audited.
/// </summary>
public sealed class PacksModel(Inspection.Application.Packs.EvidencePacks packs, FrameworkList catalog, IOptions<StoreOptions> store) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Theme { get; set; }

    [BindProperty(SupportsGet = true)]
    public List<string> Include { get; set; } = [];

    public IReadOnlyList<FrameworkDefinition> Frameworks { get; private set; } = [];

    public IReadOnlyList<string> Allowed { get; private set; } = [];

    public EvidencePackPlan? Plan { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Frameworks = await catalog.ListAsync(HttpContext.RequestAborted);
        Allowed = (await HttpContext.GetCallerAsync()).AllowedClassifications;
        if (Include.Count == 0)
        {
            Include = [.. Allowed.Where(c => c != Inspection.Content.Evidence.Classifications.Personal)];
        }

        if (string.IsNullOrWhiteSpace(Theme))
        {
            return Page();
        }

        Plan = await PlanAsync();
        return Plan is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostDownloadAsync()
    {
        var plan = string.IsNullOrWhiteSpace(Theme) ? null : await PlanAsync();
        if (plan is null)
        {
            return NotFound();
        }

        // Built in full on disk first: a pack that fails half-way is never sent, nor audited as exported.
        var folder = Path.Combine(store.Value.DataDirectory, "tmp");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"pack-{Guid.NewGuid():N}.zip");
        var caller = await HttpContext.GetCallerAsync();
        try
        {
            await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                await packs.WriteAsync(plan, caller, file, HttpContext.RequestAborted);
            }
        }
        catch
        {
            System.IO.File.Delete(path);
            throw;
        }

        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920, FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        return File(stream, "application/zip", plan.FileName);
    }

    private async Task<EvidencePackPlan?> PlanAsync()
    {
        var caller = await HttpContext.GetCallerAsync();
        try
        {
            return await packs.PlanAsync(Theme!.Trim(), Include, EvidencePackRequest.DefaultMaxDocuments, caller, HttpContext.RequestAborted);
        }
        catch (ReadinessException e) when (e.IsNotFound)
        {
            return null;
        }
    }
}
