using Inspection.Application.Searches;
using Inspection.Web.Evidence;
using Inspection.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inspection.Web.Pages.Searches;

/// <summary>Saved searches: one's own and the team's, each with how many documents it finds that were added since one last looked.</summary>
public sealed class IndexModel(SavedSearches searches, FrameworkList frameworks) : PageModel
{
    private readonly Dictionary<string, string> _themeTitles = new(StringComparer.Ordinal);

    public IReadOnlyList<SavedSearch> Searches { get; private set; } = [];

    public string Me { get; private set; } = "";

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>A search that could not be saved as sent (no name): offered again here with its name field, so the error has a field to fix.</summary>
    public SavedQuery? Unsaved { get; private set; }

    public string? UnsavedName { get; private set; }

    public bool UnsavedShared { get; private set; }

    /// <summary>"saved" or "removed" after a change (post, redirect, get).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    /// <summary>Saves the search the search page was showing.</summary>
    public async Task<IActionResult> OnPostAsync(string? name, bool shared, string? q, string? type, string? theme, string? after, string? before, string? sort)
    {
        var caller = await HttpContext.GetCallerAsync();
        var query = new SavedQuery(q, type, theme, after, before, sort);
        var (errors, _) = await searches.SaveAsync(name, query, shared, caller, HttpContext.RequestAborted);
        if (errors.Count == 0)
        {
            return Redirect("/searches?done=saved");
        }

        Errors = errors;
        if (!query.IsEmpty)
        {
            (Unsaved, UnsavedName, UnsavedShared) = (query, name, shared);
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(string id) =>
        await searches.DeleteAsync(id, await HttpContext.GetCallerAsync(), HttpContext.RequestAborted) ? Redirect("/searches?done=removed") : NotFound();

    /// <summary>Opens a saved search: the visit is recorded, then the search page shows it.</summary>
    public async Task<IActionResult> OnGetOpenAsync(string id) =>
        await searches.OpenAsync(id, await HttpContext.GetCallerAsync(), HttpContext.RequestAborted) is { } query
            ? Redirect(SavedSearchLinks.Link(query))
            : NotFound();

    /// <summary>A theme or framework by its title (a theme since removed keeps its id).</summary>
    public string ThemeTitle(string id) => _themeTitles.GetValueOrDefault(id, id);

    private async Task LoadAsync()
    {
        foreach (var framework in await frameworks.ListAsync(HttpContext.RequestAborted))
        {
            _themeTitles[framework.Id] = framework.Title;
            foreach (var theme in framework.Themes)
            {
                _themeTitles[theme.Id] = theme.Title;
            }
        }

        var caller = await HttpContext.GetCallerAsync();
        Me = caller.UserName;
        Searches = await searches.ListAsync(caller, HttpContext.RequestAborted);
    }
}
