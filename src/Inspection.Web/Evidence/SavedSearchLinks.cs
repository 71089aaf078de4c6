using Inspection.Application.Searches;

namespace Inspection.Web.Evidence;

/// <summary>The search page's address for a saved search.</summary>
public static class SavedSearchLinks
{
    public static string Link(SavedQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["q"] = query.Q,
            ["type"] = query.Type,
            ["theme"] = query.Theme,
            ["after"] = query.After,
            ["before"] = query.Before,
            ["sort"] = query.Sort,
        };
        return "/" + QueryString.Create(fields.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();
    }
}
