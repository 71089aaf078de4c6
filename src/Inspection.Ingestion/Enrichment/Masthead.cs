using System.Text.RegularExpressions;

namespace Inspection.Ingestion.Enrichment;

/// <summary>
/// A publication's masthead line: which issue it is and when it came out ("issue 14, published 12 September 2025",
/// "the newsletter for ...", "winter edition, published ..."). Its lead article's headline is the title, and the
/// publication is none of the evidence kinds whatever its articles are about.
/// </summary>
internal static partial class Masthead
{
    /// <summary>True for a masthead's issue line (<paramref name="normalised"/> as <see cref="BlockText.Normalise"/> gives it).</summary>
    public static bool IsIssueLine(string normalised) => IssueLine().IsMatch(normalised);

    [GeneratedRegex(@"\b(?:issue (?:no\.? ?)?\d+|edition|volume \d+)\b.*\bpublished\b|^(?:the )?(?:\w+ )?(?:newsletter|bulletin|magazine) (?:for|of)\b")]
    private static partial Regex IssueLine();
}
