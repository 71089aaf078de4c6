using Inspection.Readiness.Frameworks;
using Inspection.Search;
using Inspection.Search.Indexing;
using Inspection.Content.Definitions;
using Inspection.Web.Evidence;
using Inspection.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inspection.Web.Pages;

/// <summary>
/// The search page: words, phrases and filters, results with highlighted snippets, counts to narrow by, and paging. The
/// hits come first; the counts (a sample of every match, several times the cost of the hits at a million passages) come
/// from <see cref="OnGetFacetsAsync"/>, which the page's script loads into the counts panel, or inline when asked
/// (<c>counts=true</c>, the panel's link without script).
/// </summary>
public sealed class IndexModel(EvidenceReader reader, FrameworkList catalog, IEvidenceTypeCatalog types) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public SearchForm Form { get; set; } = new();

    /// <summary>The counts are shown in the page itself (<c>counts=true</c>: the panel's link when script does not run).</summary>
    [BindProperty(SupportsGet = true, Name = "counts")]
    public bool ShowCounts { get; set; }

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public SearchResults? Results { get; private set; }

    /// <summary>Set when the index is being rebuilt from the store and cannot answer yet: what the page says instead of results.</summary>
    public string? Rebuilding { get; private set; }

    public IReadOnlyList<FrameworkDefinition> Frameworks { get; private set; } = [];

    /// <summary>The kinds of evidence the content definitions declare, for the kind chooser (a type added by recipe included).</summary>
    public IReadOnlyList<EvidenceType> Kinds { get; private set; } = [];

    public int PageCount => Results is null ? 0 : Math.Min(500, (Results.Total + SearchForm.PageSize - 1) / SearchForm.PageSize);

    public async Task OnGetAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        Frameworks = await catalog.ListAsync(cancellationToken);
        Kinds = await types.ListAsync(cancellationToken);
        Form.Page = PageNumber(Request.Query["page"]);
        if (Form.IsEmpty)
        {
            return;
        }

        Errors = Form.Validate(out var after, out var before);
        if (Errors.Count > 0)
        {
            return;
        }

        // The page's counts may be estimates ("about"): counting every hit of a broad search cost far more than the search.
        Form.Facets = ShowCounts;
        Form.EstimateFacets = true;
        try
        {
            Results = await reader.SearchAsync(Form, after, before, await HttpContext.GetCallerAsync(), cancellationToken);
        }
        catch (IndexRebuildingException e)
        {
            // Not an error of the person searching: say so, and tell machines to come back (503).
            Rebuilding = e.Message;
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        }
    }

    /// <summary>
    /// The counts panel alone (an HTML fragment, no layout), for the page's script: the same search, trimmed the same way
    /// through the application layer, without its hits. 400 when the search is empty or its fields are wrong (the page
    /// itself says what), 503 while the index is rebuilt.
    /// </summary>
    public async Task<IActionResult> OnGetFacetsAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        Form.Page = PageNumber(Request.Query["page"]);
        Errors = Form.Validate(out var after, out var before);
        if (Form.IsEmpty || Errors.Count > 0)
        {
            return BadRequest();
        }

        Form.EstimateFacets = true;
        try
        {
            Results = await reader.FacetsAsync(Form, after, before, await HttpContext.GetCallerAsync(), cancellationToken);
        }
        catch (IndexRebuildingException)
        {
            return StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        return Partial("_SearchFacets", this);
    }

    /// <summary>
    /// The page number the query asks for: 1 when absent, 0 (reported as an error) when not a number. Razor Pages' own
    /// route value "page" (this page's path, "/Index") hides the query's <c>page=</c> from model binding, so it is read here.
    /// </summary>
    public static int PageNumber(string? text) =>
        string.IsNullOrWhiteSpace(text) ? 1
        : int.TryParse(text.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var page) ? page
        : 0;

    /// <summary>A new search for other words with this search's other fields ("Did you mean", "N more from this document").</summary>
    public string SearchLink(string query)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["q"] = query.Trim(),
            ["type"] = Form.Type,
            ["theme"] = Form.Theme,
            ["after"] = Form.After,
            ["before"] = Form.Before,
        };
        return "/" + Microsoft.AspNetCore.Http.QueryString.Create(fields.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();
    }

    /// <summary>Where the page's script asks for this search's counts panel.</summary>
    public string FacetsLink() => Link(page: Form.Page, counts: false, handler: "facets");

    /// <summary>This search's query string with some fields changed (facet links, paging, the counts shown in the page).</summary>
    public string Link(string? type = null, int? page = null, string? theme = null, int? year = null, bool? counts = null, string? handler = null)
    {
        var query = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["q"] = Form.Q,
            ["type"] = type ?? Form.Type,
            ["theme"] = theme ?? Form.Theme,
            ["after"] = year is { } y ? $"01/01/{y.ToString(System.Globalization.CultureInfo.InvariantCulture)}" : Form.After,
            ["before"] = year is { } z ? $"01/01/{(z + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}" : Form.Before,
            ["sort"] = Form.Sort,
            ["bydocument"] = Form.ByDocument ? "true" : null,
            ["page"] = page is > 1 ? page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
            ["counts"] = counts ?? ShowCounts ? "true" : null,
            ["handler"] = handler,
        };
        return "/" + Microsoft.AspNetCore.Http.QueryString.Create(query.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();
    }
}
