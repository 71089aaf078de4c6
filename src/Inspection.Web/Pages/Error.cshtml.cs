using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inspection.Web.Pages;

/// <summary>Error pages in plain words; no stack trace or internal detail leaves the server.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public string Heading { get; private set; } = "Sorry, there is a problem with the service";

    public string Advice { get; private set; } = "Try again later. What you saved before this happened has not been lost.";

    public void OnGet(int? status) => Describe(status);

    public void OnPost(int? status) => Describe(status);

    private void Describe(int? status)
    {
        // Pages that read the index (coverage, briefings, findings' evidence) while it is refilled from the store.
        if (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Error is Search.Indexing.IndexRebuildingException rebuilding)
        {
            Heading = "The search index is being rebuilt";
            Advice = rebuilding.Message;
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        switch (status)
        {
            case 404:
                Heading = "Page not found";
                Advice = "The document or page may have been deleted, or you may not have permission to see it. Check the address, or search again.";
                break;
            case 413:
                Heading = "The upload is too large";
                Advice = "Upload fewer or smaller files at a time (each up to 100 MB).";
                break;
            case 429:
                Heading = "Too many attempts";
                Advice = "You have tried too many times in a short while. Wait a minute, then try again.";
                break;
            case 400 when Hosting.ExpiredFormFilter.IsExpired(HttpContext):
                Heading = "The form had expired";
                Advice = "Nothing was saved. This happens when a page was opened before you signed in again (in another tab, or after your session ran out). Go back, reload the page, and send the form again.";
                break;
            case 400:
                Heading = "The request could not be understood";
                Advice = "Go back, check what you entered, and try again.";
                break;
            default:
                break;
        }
    }
}
