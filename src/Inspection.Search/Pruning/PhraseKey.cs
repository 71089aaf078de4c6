using System.Globalization;

namespace Inspection.Search.Pruning;

/// <summary>A word, or an exact phrase as its words and their positions (stop words leave gaps), as block maxima are kept by.</summary>
public sealed record PhraseKey(IReadOnlyList<string> Words, IReadOnlyList<int> Positions)
{
    /// <summary>One string per phrase for the cache: "0:children 2:care" (words are analysed tokens, without spaces).</summary>
    public string Key { get; } = Words.Count == 1 && Positions[0] == 0
        ? Words[0]
        : string.Join(' ', Words.Select((w, i) => Positions[i].ToString(CultureInfo.InvariantCulture) + ":" + w));
}
