using System.Globalization;
using Inspection.Content.Definitions;
using Inspection.Readiness.Frameworks;

namespace Inspection.Application.Documents;

/// <summary>
/// The names people know a correction's values by, for the sentence a document's history and the audit log keep: a kind
/// by its content definition's name, a theme or framework by its title, a date in UK words.
/// </summary>
internal sealed class ChangeNames(IReadOnlyDictionary<string, string> kinds, IReadOnlyDictionary<string, string> themes)
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static async Task<ChangeNames> LoadAsync(IEvidenceTypeCatalog types, IFrameworkCatalog frameworks, CancellationToken cancellationToken)
    {
        var kinds = (await types.ListAsync(cancellationToken).ConfigureAwait(false))
            .ToDictionary(t => t.Name, t => t.DisplayName, StringComparer.Ordinal);
        var themes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var framework in await frameworks.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            themes[framework.Id] = framework.Title;
            foreach (var theme in framework.Themes)
            {
                themes[theme.Id] = theme.Title;
            }
        }

        return new ChangeNames(kinds, themes);
    }

    /// <summary>"12 March 2026"; null when there is no date.</summary>
    public static string? Date(DateOnly? date) => date?.ToString("d MMMM yyyy", EnGb);

    /// <summary>The kind's name as the content definitions give it ("Committee report"); an unknown one as it is stored.</summary>
    public string Kind(string kind) => kinds.GetValueOrDefault(kind, kind);

    /// <summary>
    /// The themes' titles in quotes, in order (a title may hold commas); null when there are none. A theme since removed
    /// keeps its id.
    /// </summary>
    public string? Themes(IEnumerable<string> ids)
    {
        var titles = ids.Select(id => $"\"{themes.GetValueOrDefault(id, id)}\"").ToList();
        return titles.Count == 0 ? null : string.Join(", ", titles);
    }
}
