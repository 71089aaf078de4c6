using Inspection.Application.Documents;
using Inspection.Content.Definitions;
using Inspection.Readiness.Access;
using Inspection.Readiness.Frameworks;
using Inspection.Search;
using Inspection.Web.Evidence;
using Inspection.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inspection.Web.Pages.Documents;

/// <summary>
/// Correct many documents at once: those ticked on the documents list, or every document a search finds (up to 1,000),
/// with one change (file them all as minutes, reclassify them all as Personal). Fields left empty are left as they are.
/// </summary>
public sealed class ChangeModel(EvidenceReader reader, DocumentEditor editor, IEvidenceTypeCatalog types, FrameworkList frameworks) : PageModel
{
    public const int MaxDocuments = 1000;

    [BindProperty(SupportsGet = true)]
    public SearchForm Search { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public List<string> Ids { get; set; } = [];

    [BindProperty]
    public DocumentFields Fields { get; set; } = new();

    public IReadOnlyList<SearchHit> Found { get; private set; } = [];

    public IReadOnlyList<EvidenceType> Kinds { get; private set; } = [];

    public IReadOnlyList<string> Classifications { get; private set; } = [];

    public IReadOnlyList<FrameworkDefinition> Frameworks { get; private set; } = [];

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>What the last change did, carried across the redirect after a post (so a refresh does not post again).</summary>
    [TempData]
    public string? Message { get; set; }

    /// <summary>Where the person came from (the search or the documents list), for the link back after a change.</summary>
    [TempData]
    public string? BackTo { get; set; }

    /// <summary>True on the page a change lands on: it says what was done and offers the way back, with no form.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Done { get; set; }

    /// <summary>True when the documents are those a search finds rather than those ticked.</summary>
    public bool FromSearch => Ids.Count == 0;

    public async Task<IActionResult> OnGetAsync()
    {
        var caller = await HttpContext.GetCallerAsync();
        if (!caller.Can(Permissions.EditEvidence))
        {
            return Forbid();
        }

        if (!Done)
        {
            await LoadAsync(caller);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var caller = await HttpContext.GetCallerAsync();
        var (edit, errors) = Fields.ToEdit();
        var ids = await TargetsAsync(caller);
        if (errors.Count == 0)
        {
            try
            {
                var outcome = await editor.EditManyAsync(ids, edit, caller, HttpContext.RequestAborted);
                errors = outcome.Errors;
                if (outcome.Succeeded)
                {
                    Message = Describe(outcome);
                    BackTo = FromSearch ? "/?q=" + Uri.EscapeDataString(Search.Q ?? "") : "/documents";
                    return RedirectToPage(new { done = true });
                }
            }
            catch (AccessDeniedException)
            {
                return Forbid();
            }
        }

        Errors = errors;
        await LoadAsync(caller);
        return Page();
    }

    private static string Describe(EditOutcome outcome)
    {
        var said = DisplayText.Count(outcome.Changed, "document was changed", "documents were changed");
        if (outcome.Unchanged > 0)
        {
            said += "; " + DisplayText.Count(outcome.Unchanged, "already said so", "already said so");
        }

        if (outcome.NotFound > 0)
        {
            said += "; " + DisplayText.Count(outcome.NotFound, "could not be found", "could not be found");
        }

        return said + ".";
    }

    private async Task LoadAsync(Caller caller)
    {
        Kinds = await types.ListAsync(HttpContext.RequestAborted);
        Classifications = caller.AllowedClassifications;
        Frameworks = await frameworks.ListAsync(HttpContext.RequestAborted);
        if (FromSearch && !Search.IsEmpty && Search.Validate(out var after, out var before).Count == 0)
        {
            Found = await reader.DocumentsAsync(Search, after, before, caller, MaxDocuments, HttpContext.RequestAborted);
        }
    }

    private async Task<IReadOnlyList<string>> TargetsAsync(Caller caller)
    {
        if (!FromSearch)
        {
            return [.. Ids.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal)];
        }

        if (Search.IsEmpty || Search.Validate(out var after, out var before).Count > 0)
        {
            return [];
        }

        return [.. (await reader.DocumentsAsync(Search, after, before, caller, MaxDocuments, HttpContext.RequestAborted)).Select(h => h.DocumentId)];
    }
}
