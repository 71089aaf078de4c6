using System.Text.RegularExpressions;

namespace Inspection.Search.Tests.Corpus;

/// <summary>Whitespace- and case-insensitive containment, as a reader judges a passage.</summary>
public static partial class TextAssert
{
    public static string Normalise(string text) => Spaces().Replace(text, " ").Trim().ToLowerInvariant();

    public static bool Mentions(string text, string phrase) =>
        Normalise(text).Contains(Normalise(phrase), StringComparison.Ordinal);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
