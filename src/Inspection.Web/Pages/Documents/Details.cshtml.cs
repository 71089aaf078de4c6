using Inspection.Application.Documents;
using Inspection.Readiness.Access;
using Inspection.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inspection.Web.Pages.Documents;

/// <summary>One document: what it is, its versions, the findings read from it and its passages; restricted views are audited; editors may delete it.</summary>
[RequestSizeLimit(1L << 30)]
[RequestFormLimits(MultipartBodyLengthLimit = 1L << 30)]
public sealed class DetailsModel(DocumentService documents, RecycleBin bin, DocumentHistory history, Inspection.Application.Items.AuthoringService authoring, NewVersions versions, Microsoft.Extensions.Options.IOptions<Inspection.Content.Store.StoreOptions> store, Inspection.Application.Learning.KindLearning learning) : PageModel
{
    public DocumentView View { get; private set; } = null!;

    public bool CanEdit { get; private set; }

    public DocumentStory Story { get; private set; } = null!;

    /// <summary>A kind the classifier suggests where the reading could not place the document, or doubts it strongly.</summary>
    public Inspection.Application.Learning.KindGuess? Suggestion { get; private set; }

    /// <summary>The document's themes, carried by the one-click correction so that it changes the kind alone.</summary>
    public IReadOnlyList<string> Themes => Inspection.Content.Evidence.EvidencePart.GetValues(View.Item, Inspection.Content.Evidence.EvidencePart.Themes);

    /// <summary>The document's own text when it was written in the app (its Markdown body), as safe HTML.</summary>
    public string? BodyHtml { get; private set; }

    /// <summary>True when the person asked to delete and the page asks them to confirm.</summary>
    [BindProperty(SupportsGet = true)]
    public bool ConfirmDelete { get; set; }

    /// <summary>"changed" or "unchanged" after a correction was saved (post, redirect, get).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(string id) => await LoadAsync(id) ? Page() : NotFound();

    private async Task<bool> LoadAsync(string id)
    {
        var caller = await HttpContext.GetCallerAsync();
        var view = await documents.GetAsync(id, caller, HttpContext.RequestAborted);
        if (view is null)
        {
            return false;
        }

        View = view;
        CanEdit = caller.Can(Permissions.EditEvidence);
        Story = await history.ForAsync(view, caller, HttpContext.RequestAborted);
        var markdown = view.Item.Content["MarkdownBodyPart"]?["Markdown"]?.GetValue<string>();
        BodyHtml = string.IsNullOrWhiteSpace(markdown) ? null : Evidence.MarkdownHtml.Render(markdown);
        ConfirmDelete &= CanEdit;
        Suggestion = CanEdit ? await learning.SuggestAsync(id, caller, HttpContext.RequestAborted) : null;
        return true;
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

    /// <summary>A new file for this document, saved as its next version (the earlier ones are kept).</summary>
    public async Task<IActionResult> OnPostVersionAsync(string id, IFormFile? file)
    {
        var caller = await HttpContext.GetCallerAsync();
        if (file is null || file.Length == 0)
        {
            return Redirect($"/documents/{Uri.EscapeDataString(id)}?saved=nofile");
        }

        // On disk first, as every upload is, then read; the folder goes once the version is saved or refused.
        var folder = Path.Combine(store.Value.DataDirectory, "uploads", "versions", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var path = Path.Combine(folder, Inspection.Web.Jobs.UploadInbox.SafeFileName(file.FileName));
            await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                await file.CopyToAsync(target, HttpContext.RequestAborted);
            }

            var outcome = await versions.AddAsync(id, path, caller, HttpContext.RequestAborted);
            if (!outcome.Saved)
            {
                if (!await LoadAsync(id))
                {
                    return NotFound();
                }

                VersionProblem = outcome.Problem;
                return Page();
            }

            return Redirect($"/documents/{Uri.EscapeDataString(id)}?saved=newversion");
        }
        catch (AccessDeniedException)
        {
            return Forbid();
        }
        catch (Inspection.Readiness.ReadinessException e) when (e.IsNotFound)
        {
            return NotFound();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Why a new file was not taken as a new version, in words.</summary>
    public string? VersionProblem { get; private set; }

    public async Task<IActionResult> OnGetOriginalAsync(string id, string? version)
    {
        var original = await documents.OpenOriginalAsync(id, version, await HttpContext.GetCallerAsync(), HttpContext.RequestAborted);
        return original is { } o ? File(o.Content, o.MediaType, o.FileName) : NotFound();
    }
}
