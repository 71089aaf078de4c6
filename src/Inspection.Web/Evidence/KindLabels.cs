using Inspection.Content.Definitions;

namespace Inspection.Web.Evidence;

/// <summary>Kinds of evidence in words, as their content types name them (a type added by recipe is named as it says).</summary>
public sealed class KindLabels(IEvidenceTypeCatalog types)
{
    public async Task<string> NameAsync(string? kind)
    {
        if (string.IsNullOrEmpty(kind))
        {
            return "";
        }

        var known = await types.ListAsync(CancellationToken.None);
        return known.FirstOrDefault(t => string.Equals(t.Name, kind, StringComparison.Ordinal))?.DisplayName ?? kind;
    }

    /// <summary>
    /// A passage's kind in words: its document's, or, for a passage of a part of another kind (an Ofsted letter in a
    /// committee agenda pack), the part's within the document's ("Inspection letter, in a committee report").
    /// </summary>
    public async Task<string> PassageAsync(string? kind, string? partKind)
    {
        var document = await NameAsync(kind);
        if (string.IsNullOrEmpty(partKind) || string.Equals(partKind, kind, StringComparison.Ordinal))
        {
            return document;
        }

        // "Committee report" reads "a committee report" inside a sentence; a name that starts with an acronym keeps it.
        var inside = document.Length > 1 && char.IsUpper(document[0]) && !char.IsUpper(document[1])
            ? char.ToLowerInvariant(document[0]) + document[1..]
            : document;
        return $"{await NameAsync(partKind)}, in a {inside}";
    }
}
