using Inspection.Ingestion.Pipeline;
using Inspection.Web.Hosting;
using Inspection.Web.Jobs;
using Inspection.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Inspection.Web.Pages;

/// <summary>Upload evidence: the files are saved to disk and a job is recorded before the page answers, then ingested in the background.</summary>
[RequestSizeLimit(1L << 30)]
[RequestFormLimits(MultipartBodyLengthLimit = 1L << 30)]
public sealed class UploadModel(UploadInbox inbox, IOptions<WebOptions> options) : PageModel
{
    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public IReadOnlyList<string> Classifications { get; private set; } = [];

    public string Classification { get; private set; } = Inspection.Content.Evidence.Classifications.Official;

    public async Task OnGetAsync() => Classifications = (await HttpContext.GetCallerAsync()).AllowedClassifications;

    public async Task<IActionResult> OnPostAsync(List<IFormFile> files, string? classification)
    {
        ArgumentNullException.ThrowIfNull(files);
        var caller = await HttpContext.GetCallerAsync();
        Classifications = caller.AllowedClassifications;
        var chosenFiles = files.Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName)).ToList();
        Errors = UploadRules.Check(chosenFiles.Count, options.Value.MaxFilesPerUpload, classification, caller, out var chosen);
        Classification = chosen;
        if (Errors.Count > 0)
        {
            return Page();
        }

        var jobId = await inbox.AcceptAsync([.. chosenFiles.Select(UploadedFile.From)], new IngestSettings(caller.UserName, chosen), HttpContext.RequestAborted);
        return Redirect($"/jobs/{jobId}");
    }
}
