using Inspection.Application.Documents;
using Inspection.Readiness.Access;
using Inspection.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inspection.Web.Pages.Documents;

/// <summary>One document: what it is, its versions, the findings read from it and its passages; restricted views are audited; editors may delete it.</summary>
public sealed class DetailsModel(DocumentService documents, RecycleBin bin, DocumentHistory history, Inspection.Application.Items.AuthoringService authoring) : PageModel
{
    public DocumentView View { get; private set; } = null!;

    public bool CanEdit { get; private set; }

    public DocumentStory Story { get; private set; } = null!;

    /// <summary>The document's own text when it was written in the app (its Markdown body), as safe HTML.</summary>
    public string? BodyHtml { get; private set; }

    /// <summary>True when the person asked to delete and the page asks them to confirm.</summary>
    [BindProperty(SupportsGet = true)]
    public bool ConfirmDelete { get; set; }

    /// <summary>"changed" or "unchanged" after a correction was saved (post, redirect, get).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        var caller = await HttpContext.GetCallerAsync();
        var view = await documents.GetAsync(id, caller, HttpContext.RequestAborted);
        if (view is null)
        {
            return NotFound();
        }

        View = view;
        CanEdit = caller.Can(Permissions.EditEvidence);
        Story = await history.ForAsync(view, caller, HttpContext.RequestAborted);
        var markdown = view.Item.Content["MarkdownBodyPart"]?["Markdown"]?.GetValue<string>();
        BodyHtml = string.IsNullOrWhiteSpace(markdown) ? null : Evidence.MarkdownHtml.Render(markdown);
        ConfirmDelete &= CanEdit;
        return Page();
    }

    /// <summary>Publishes the latest version (a draft).</summary>
    public async Task<IActionResult> OnPostPublishAsync(string id)
    {
        try
        {
            return await authoring.PublishAsync(id, await HttpContext.GetCallerAsync(), HttpContext.RequestAborted)
                ? Redirect($"/documents/{Uri.EscapeDataString(id)}?saved=published")
                : NotFound();
        }
        catch (AccessDeniedException)
        {
            return Forbid();
        }
    }

    /// <summary>To the recycle bin: hidden from lists and search at once, restorable until the retention period ends.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(string id)
    {
        try
        {
            return await bin.DeleteAsync(id, await HttpContext.GetCallerAsync(), HttpContext.RequestAborted)
                ? Redirect($"/documents?deleted={Uri.EscapeDataString(id)}")
                : NotFound();
        }
        catch (AccessDeniedException)
        {
            return Forbid();
        }
    }

    public async Task<IActionResult> OnGetOriginalAsync(string id)
    {
        var original = await documents.OpenOriginalAsync(id, await HttpContext.GetCallerAsync(), HttpContext.RequestAborted);
        return original is { } o ? File(o.Content, o.MediaType, o.FileName) : NotFound();
    }
}
