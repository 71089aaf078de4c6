using System.Globalization;
using Inspection.Application.Audit;
using Inspection.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Inspection.Content.Model;

namespace Inspection.Web.Pages.Admin;

/// <summary>The audit log, newest first: sign-ins, views of restricted evidence, refusals, downloads, exports, uploads and changes, by person, event and dates.</summary>
public sealed class AuditModel(AuditReader audit) : PageModel
{

    [BindProperty(SupportsGet = true)]
    public string? Document { get; set; }

    /// <summary>The user name whose lines to show (the query's <c>user=</c>).</summary>
    [BindProperty(SupportsGet = true, Name = "user")]
    public string? By { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Event { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<AuditLine> Lines { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var from = ParseDate("From", From, "start");
        var to = ParseDate("To", To, "end");
        if (from is { } f && to is { } t && t < f)
        {
            Errors["To"] = "The end date must be the same as or after the start date";
        }

        if (Errors.Count > 0)
        {
            return;
        }

        var query = new AuditQuery(Document, By, Event, from, to?.AddDays(1));
        Lines = await audit.ReadAsync(query, 500, await HttpContext.GetCallerAsync(), HttpContext.RequestAborted);
    }

    private DateOnly? ParseDate(string field, string? text, string which)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateInput.TryParseDay(text, out var date))
        {
            return date;
        }

        Errors[field] = Inspection.Content.Model.DateInput.Mistake(text, $"the {which} date", "31/03/2026");
        return null;
    }
}
