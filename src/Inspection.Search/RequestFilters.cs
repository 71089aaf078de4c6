using Inspection.Search.Query;

namespace Inspection.Search;

/// <summary>Merges a request's form fields (type, theme, organisation, dates) into the filters typed in the query.</summary>
internal static class RequestFilters
{
    /// <summary>The query's own filters with the request's type (as typed, resolved later by <see cref="EvidenceKinds"/>), theme, organisation and dates added (the later start and the earlier end win).</summary>
    public static ParsedQuery Apply(ParsedQuery parsed, SearchRequest request)
    {
        var notes = parsed.Notes.ToList();
        var kinds = parsed.Filters.Kinds.ToList();
        if (!string.IsNullOrWhiteSpace(request.Type) && !kinds.Contains(request.Type.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            kinds.Add(request.Type.Trim());
        }

        var themes = parsed.Filters.Themes.ToList();
        if (!string.IsNullOrWhiteSpace(request.Theme))
        {
            themes.Add(request.Theme);
        }

        var organisations = parsed.Filters.Organisations.ToList();
        if (!string.IsNullOrWhiteSpace(request.Organisation))
        {
            organisations.Add(request.Organisation);
        }

        var filters = new QueryFilters(
            kinds,
            themes,
            organisations,
            Later(parsed.Filters.After, request.After),
            Earlier(parsed.Filters.Before, request.Before))
        {
            Documents = string.IsNullOrWhiteSpace(request.DocumentId) ? parsed.Filters.Documents : [.. parsed.Filters.Documents, request.DocumentId],
        };
        return parsed with { Filters = filters, Notes = notes };
    }

    private static DateOnly? Later(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;

    private static DateOnly? Earlier(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;
}
