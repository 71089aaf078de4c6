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
}
