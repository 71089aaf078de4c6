using System.Globalization;
using Inspection.Content.Model;

namespace Inspection.Web.Evidence;

/// <summary>The search page's and the search API's inputs, as typed; <see cref="Validate"/> turns them into dates and reports what is wrong.</summary>
public sealed class SearchForm
{
    public const int PageSize = 20;


    public string? Q { get; set; }

    public string? Type { get; set; }

    public string? Theme { get; set; }

    public string? After { get; set; }

    public string? Before { get; set; }

    public int Page { get; set; } = 1;

    public bool ByDocument { get; set; }

    /// <summary>Count hits by kind, year, organisation and theme (over all hits: at a million passages several times the cost of the search itself).</summary>
    public bool Facets { get; set; } = true;

    /// <summary>Facets may be estimated from a sample of the hits when there are many (the search page says "about"); the API counts exactly.</summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public bool EstimateFacets { get; set; }

    /// <summary>"newest" or "oldest" to order by document date; anything else is relevance.</summary>
    public string? Sort { get; set; }

    public Inspection.Search.SearchSort SortOrder => Sort?.Trim().ToLowerInvariant() switch
    {
        "newest" => Inspection.Search.SearchSort.Newest,
        "oldest" => Inspection.Search.SearchSort.Oldest,
        _ => Inspection.Search.SearchSort.Relevance,
    };

    public bool IsEmpty => string.IsNullOrWhiteSpace(Q) && string.IsNullOrWhiteSpace(Type) && string.IsNullOrWhiteSpace(Theme);

    /// <summary>Field errors keyed by field name ("After": "Enter a date like 31/03/2024"); empty when all is well.</summary>
    public IReadOnlyDictionary<string, string> Validate(out DateOnly? after, out DateOnly? before)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        after = ParseDate(nameof(After), After, errors);
        before = ParseDate(nameof(Before), Before, errors);
        if (after is { } a && before is { } b && b <= a)
        {
            errors[nameof(Before)] = "The end date must be after the start date";
        }

        if (Page < 1 || Page > 500)
        {
            errors[nameof(Page)] = "Page must be between 1 and 500";
        }

        if (Q is { Length: > 1000 })
        {
            errors[nameof(Q)] = "Search words must be 1,000 characters or fewer";
        }

        return errors;
    }

    private static DateOnly? ParseDate(string field, string? text, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateInput.TryParsePeriodStart(text, out var date))
        {
            return date;
        }

        errors[field] = DateInput.Mistake(text, field == nameof(After) ? "the start date" : "the end date", DateInput.DayExample);
        return null;
    }
}
