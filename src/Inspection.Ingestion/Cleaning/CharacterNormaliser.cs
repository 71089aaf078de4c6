using System.Text;
using Inspection.Ingestion.Extraction;

namespace Inspection.Ingestion.Cleaning;

/// <summary>Expands ligatures, turns odd spaces into plain spaces and drops soft hyphens and zero-width characters; curly quotes stay.</summary>
public sealed class CharacterNormaliser : IBlockCleaner
{
    public IReadOnlyList<Block> Clean(IReadOnlyList<Block> blocks, int pageCount)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var result = new List<Block>(blocks.Count);
        foreach (var block in blocks)
        {
            var text = Normalise(block.Text);
            result.Add(ReferenceEquals(text, block.Text) ? block : block with { Text = text });
        }

        return result;
    }

    internal static string Normalise(string text)
    {
        if (!NeedsWork(text))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\uFB00': sb.Append("ff"); break;
                case '\uFB01': sb.Append("fi"); break;
                case '\uFB02': sb.Append("fl"); break;
                case '\uFB03': sb.Append("ffi"); break;
                case '\uFB04': sb.Append("ffl"); break;
                case '\uFB05' or '\uFB06': sb.Append("st"); break;
                case '\u00AD':
                    // A soft hyphen at a line end marks a word split across lines: join the halves.
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\u200B' or '\u200D' or '\u2060' or '\uFEFF':
                    break;
                case '\u2010' or '\u2011':
                    sb.Append('-');
                    break;
                case '\u00A0' or '\u1680' or (>= '\u2000' and <= '\u200A') or '\u202F' or '\u205F' or '\u3000':
                    sb.Append(' ');
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.ToString();
    }

    private static bool NeedsWork(string text)
    {
        foreach (var c in text)
        {
            if (c is (>= '\uFB00' and <= '\uFB06') or '\u00AD' or '\u00A0' or '\u1680' or (>= '\u2000' and <= '\u200B') or '\u200D'
                or '\u2010' or '\u2011' or '\u202F' or '\u205F' or '\u2060' or '\u3000' or '\uFEFF')
            {
                return true;
            }
        }

        return false;
    }
}
