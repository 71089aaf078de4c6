namespace Inspection.Ingestion.Segmentation;

/// <summary>
/// Splits prose into sentences at ".", "!" or "?" followed by a space and a capital, digit, quote or bullet,
/// except after abbreviations ("e.g.", "No.", "Dr.", "p."), initials ("J. Smith") and inside numbers ("4.7").
/// </summary>
internal static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "e.g.", "i.e.", "eg.", "ie.", "etc.", "no.", "nos.", "mr.", "mrs.", "ms.", "dr.", "prof.", "cllr.", "st.", "p.", "pp.", "para.",
        "paras.", "fig.", "vs.", "v.", "cf.", "approx.", "ref.", "vol.", "ch.", "sec.", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.",
        "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "inc.", "ltd.", "co.", "dept.", "est.", "al.", "op.", "cit.", "ibid.", "nb.", "n.b.",
    };

    public static IEnumerable<string> Split(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('.' or '!' or '?'))
            {
                continue;
            }

            var end = i + 1;
            while (end < text.Length && text[end] is '"' or '\'' or '’' or '”' or ')' or ']')
            {
                end++;
            }

            if (end >= text.Length || !char.IsWhiteSpace(text[end]))
            {
                continue;
            }

            var next = end;
            while (next < text.Length && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (next >= text.Length || !StartsSentence(text[next]) || (text[i] == '.' && IsAbbreviation(text, start, i)))
            {
                continue;
            }

            yield return text[start..end].Trim();
            start = next;
            i = next - 1;
        }

        var rest = text[start..].Trim();
        if (rest.Length > 0)
        {
            yield return rest;
        }
    }

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\'' or '‘' or '“' or '(' or '•' or '£';

    private static bool IsAbbreviation(string text, int sentenceStart, int dot)
    {
        var wordStart = dot;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] != '(')
        {
            wordStart--;
        }

        var word = text[wordStart..(dot + 1)];
        return Abbreviations.Contains(word) || (word.Length == 2 && char.IsUpper(word[0]));
    }
}
