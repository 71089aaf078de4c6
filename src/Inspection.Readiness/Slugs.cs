using System.Text;

namespace Inspection.Readiness;

/// <summary>Names reduced to lower-case letters, digits and single hyphens: file names in packs, and themes as people type them.</summary>
internal static class Slugs
{
    /// <summary>Lower-case letters, digits and single hyphens only ("CareLeavers" and "Care leavers" are care-leavers), at most 60 characters: safe in any ZIP tool and file system.</summary>
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (char.IsUpper(c) && builder.Length > 0 && builder[^1] != '-' && char.IsAsciiLetterLower(builder[^1]))
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        return slug.Length == 0 ? "document" : slug.Length > 60 ? slug[..60].TrimEnd('-') : slug;
    }
}
