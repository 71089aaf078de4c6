using Inspection.Application.Documents;
using Inspection.Content.Evidence;
using Inspection.Content.Model;

namespace Inspection.Web.Evidence;

/// <summary>
/// The correction form's fields as typed. On the bulk form an empty field means "leave as it is"; on a document's own form
/// every field is filled in from the document, so the same rule holds.
/// </summary>
public sealed class DocumentFields
{
    public string? Title { get; set; }

    public string? Kind { get; set; }

    public string? Date { get; set; }

    public string? Organisation { get; set; }

    public string? Classification { get; set; }

    public List<string> Themes { get; set; } = [];

    /// <summary>
    /// True on a document's own form, which holds every field: an empty title is then a mistake and no theme chosen clears
    /// them. The bulk form leaves alone whatever is left empty.
    /// </summary>
    public bool Whole { get; set; }

    public static DocumentFields From(DocumentSummary document, ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new DocumentFields
        {
            Title = document.Title,
            Kind = document.Type,
            Date = UkDate.Input(document.Date),
            Organisation = document.Organisation,
            Classification = document.Classification ?? Classifications.Official,
            Themes = [.. EvidencePart.GetValues(item, EvidencePart.Themes)],
            Whole = true,
        };
    }

    /// <summary>The edit the form asks for, and the errors of fields that could not be read (a date that is not a date).</summary>
    public (DocumentEdit Edit, IReadOnlyDictionary<string, string> Errors) ToEdit()
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        DateOnly? date = null;
        if (!string.IsNullOrWhiteSpace(Date))
        {
            if (UkDate.TryParse(Date, out var parsed))
            {
                date = parsed;
            }
            else
            {
                errors["date"] = Inspection.Content.Model.DateInput.Mistake(Date, "the date", Inspection.Content.Model.DateInput.DayExample);
            }
        }

        var edit = new DocumentEdit
        {
            Title = Whole ? Title?.Trim() ?? "" : Blank(Title),
            Kind = Blank(Kind),
            Date = date,
            Organisation = Organisation?.Trim(),
            Classification = Blank(Classification),
            Themes = Whole || Themes.Count > 0 ? Themes : null,
        };
        if (!Whole && string.IsNullOrEmpty(edit.Organisation))
        {
            edit = edit with { Organisation = null };
        }

        return (edit, errors);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
