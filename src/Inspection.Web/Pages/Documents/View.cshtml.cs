using Inspection.Application.Documents;
using Inspection.Content.Evidence;
using Inspection.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inspection.Web.Pages.Documents;

/// <summary>
/// A PDF opened in the browser at a passage's page with the searched words highlighted (Mozilla's pdf.js, served from the
/// app). The file comes from the same access-checked, audited original endpoint as a download; the page's passages are
/// also given as text, for screen readers and for browsers where pdf.js cannot run.
/// </summary>
public sealed class ViewModel(DocumentService documents) : PageModel
{
    private const int MaxWords = 20;

    /// <summary>The page asked for (read from the query: Razor Pages keeps the name "page" for its own route value).</summary>
    public int PageNumber { get; private set; } = 1;

    [BindProperty(SupportsGet = true)]
    public string? Words { get; set; }

    public DocumentSummary Document { get; private set; } = null!;

    /// <summary>The words to highlight, as typed in the search (filters, operators and quotes left out).</summary>
    public IReadOnlyList<string> Highlight { get; private set; } = [];

    /// <summary>The passages on the page asked for.</summary>
    public IReadOnlyList<Passage> OnPage { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id)
    {
        var view = await documents.GetAsync(id, await HttpContext.GetCallerAsync(), HttpContext.RequestAborted);
        if (view is null)
        {
            return NotFound();
        }

        Document = view.Summary;
        if (!IsPdf(view.Summary))
        {
            // Only PDFs have pages to open at; anything else is read on the document's own page.
            return Redirect($"/documents/{Uri.EscapeDataString(view.Summary.Id)}");
        }

        var last = view.Summary.Pages is > 0 and var pages ? pages : int.MaxValue;
        var asked = int.TryParse(Request.Query["page"].ToString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : 1;
        PageNumber = Math.Clamp(asked, 1, last);
        Highlight = SplitWords(Words);
        OnPage = [.. view.Passages.Where(p => p.PageFrom <= PageNumber && p.PageTo >= PageNumber)];
        return Page();
    }

    public static bool IsPdf(DocumentSummary document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return string.Equals(Path.GetExtension(document.SourceFile), ".pdf", StringComparison.OrdinalIgnoreCase);
    }

    internal static IReadOnlyList<string> SplitWords(string? words) =>
        [.. (words ?? "")
            .Split([' ', '"', '\t', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(w => !w.Contains(':', StringComparison.Ordinal) && !w.StartsWith('-') && w is not ("OR" or "AND" or "NOT"))
            .Select(w => w.Trim('(', ')', '*', '.', '?', '!'))
            .Where(w => w.Length > 1)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(MaxWords)];
}
