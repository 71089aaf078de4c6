using System.Text;

namespace Inspection.Content.Evidence;

/// <summary>
/// The one comparison of organisation names: "Westmarch Council", "Westmarch County Council", "WESTMARCH COUNTY COUNCIL"
/// and "the Council of Westmarch" are one authority; "London Borough of Hackney" and "Hackney Council" are one too.
/// Everything that asks "is this our authority?" or filters by organisation compares through <see cref="Key"/>.
/// </summary>
public static class OrganisationNames
{
    // What councils add to a place's name in one writing and leave out in another; the place is what identifies them.
    private static readonly HashSet<string> Designations = new(StringComparer.Ordinal)
    {
        "the", "council", "london", "royal", "borough", "county", "city", "district", "metropolitan", "of", "unitary", "authority",
    };

    /// <summary>The comparable form of a name (lower case, letters and digits, designations left out); "" for none.</summary>
    public static string Key(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "";
        }

        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in name.Replace("&", " and ", StringComparison.Ordinal))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (c is '\'' or '’')
            {
                // "King's Lynn" and "Kings Lynn" are one place.
                continue;
            }
            else
            {
                Flush(word, words);
            }
        }

        Flush(word, words);
        var place = words.Where(w => !Designations.Contains(w)).ToList();
        // A name that is nothing but designations ("City Council") keeps its words, so it still matches only itself.
        return string.Join(' ', place.Count > 0 ? place : words);
    }

    /// <summary>Whether two names are of one organisation; a missing name matches nothing.</summary>
    public static bool Same(string? first, string? second)
    {
        var key = Key(first);
        return key.Length > 0 && string.Equals(key, Key(second), StringComparison.Ordinal);
    }

    private static void Flush(StringBuilder word, List<string> words)
    {
        if (word.Length > 0)
        {
            words.Add(word.ToString());
            word.Clear();
        }
    }
}
