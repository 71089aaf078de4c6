using System.Net;
using System.Text;

namespace Inspection.Web.Evidence;

/// <summary>
/// Marks searched words in a passage's text for the PDF view: each word of the text that starts as a searched word does
/// ("supervision" marks "supervision" and "supervisions"), the rest HTML-encoded. The PDF view's script marks the page the same way.
/// </summary>
public static class WordMarks
{
    public static string Mark(string text, IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(words);
        var stems = words.Select(Stem).Where(s => s.Length > 1).ToList();
        var html = new StringBuilder(text.Length + 64);
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            var isWord = char.IsLetterOrDigit(text[i]);
            while (i < text.Length && char.IsLetterOrDigit(text[i]) == isWord)
            {
                i++;
            }

            var part = text[start..i];
            var marked = isWord && stems.Any(s => part.StartsWith(s, StringComparison.OrdinalIgnoreCase));
            html.Append(marked ? "<mark>" : "").Append(WebUtility.HtmlEncode(part)).Append(marked ? "</mark>" : "");
        }

        return html.ToString();
    }

    /// <summary>The start a word's other forms share: all of a short word, else all but its last two letters (at least four).</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var letters = new string([.. word.Where(char.IsLetterOrDigit)]);
        return letters.Length <= 4 ? letters : letters[..Math.Max(4, letters.Length - 2)];
    }
}
