namespace Inspection.Ingestion.Tests.Pdf;

/// <summary>Counts tokens that are two known words stuck together ("youngpeople"), against a reference vocabulary.</summary>
internal static class GluedWords
{
    public static IEnumerable<string> Tokens(string text) =>
        text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Select(t => t.Trim(',', '.', ';', ':', '(', ')', '"', '\'', '\u2018', '\u2019', '\u201C', '\u201D', '?', '!').ToLowerInvariant())
            .Where(t => t.Length > 0 && t.All(char.IsLetter));

    public static double Rate(IReadOnlyCollection<string> tokens, HashSet<string> vocabulary) =>
        tokens.Count == 0 ? 0 : (double)Glued(tokens, vocabulary).Count() / tokens.Count;

    public static IEnumerable<string> Glued(IEnumerable<string> tokens, HashSet<string> vocabulary) =>
        tokens.Where(t => IsGlued(t, vocabulary));

    private static bool IsGlued(string token, HashSet<string> vocabulary)
    {
        if (token.Length < 5 || vocabulary.Contains(token))
        {
            return false;
        }

        for (var split = 2; split <= token.Length - 2; split++)
        {
            if (vocabulary.Contains(token[..split]) && vocabulary.Contains(token[split..]))
            {
                return true;
            }
        }

        return false;
    }
}
