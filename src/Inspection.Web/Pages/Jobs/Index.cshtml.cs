using System.Text.Json;
using Inspection.Content.Jobs;
using Inspection.Ingestion.Pipeline;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inspection.Web.Pages.Jobs;

/// <summary>Recent uploads and how each went, so that an upload started yesterday can be followed up today.</summary>
public sealed class IndexModel(IIngestionJobStore jobs) : PageModel
{
    public IReadOnlyList<(IngestionJob Job, string By)> Jobs { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var recent = await jobs.ListRecentAsync(50, HttpContext.RequestAborted);
        Jobs = [.. recent.Select(j => (j, Uploader(j.Options)))];
    }

    private static string Uploader(string options)
    {
        try
        {
            return JsonSerializer.Deserialize<IngestSettings>(options)?.UserName ?? "";
        }
        catch (JsonException)
        {
            return "";
        }
    }
}
