using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Inspection.Bench.Corpus;

/// <summary>
/// A word-bigram model of real committee-paper text: generated sentences keep the sector's vocabulary and its
/// word frequencies (common words common, rare words rare), which is what index size and query cost depend on.
/// </summary>
internal sealed class TextModel
{
    private const string End = ".";
    private readonly Dictionary<string, List<string>> _next = new(StringComparer.Ordinal);
    private readonly List<string> _starts = [];

    private TextModel()
    {
    }

    public int Vocabulary => _next.Count;

    /// <summary>The training text: the real corpus and the first bench files, always the same files in the same order, one page a line.</summary>
    public static IEnumerable<string> TrainingPages(string corpusDirectory, int benchFiles)
    {
        var files = Directory.GetFiles(Path.Combine(corpusDirectory, "real"), "*.pdf").Order(StringComparer.Ordinal)
            .Concat(Directory.GetFiles(Path.Combine(corpusDirectory, "bench"), "*.pdf").Order(StringComparer.Ordinal).Take(benchFiles));
        foreach (var file in files)
        {
            using var pdf = PdfDocument.Open(file);
            foreach (var page in pdf.GetPages())
            {
                yield return ContentOrderTextExtractor.GetText(page).ReplaceLineEndings("\u2028");
            }
        }
    }

    /// <summary>Trains on pages written by <see cref="TrainingPages"/> (extracted once per benchmark run and shared by the phases).</summary>
    public static TextModel FromPages(IEnumerable<string> pages)
    {
        var model = new TextModel();
        foreach (var page in pages)
        {
            model.Learn(page.Replace('\u2028', '\n'));
        }

        return model;
    }

    public string Sentence(Random random, int maxWords)
    {
        var text = new StringBuilder();
        var word = _starts[random.Next(_starts.Count)];
        for (var i = 0; i < maxWords; i++)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            text.Append(word);
            if (!_next.TryGetValue(word, out var followers))
            {
                break;
            }

            word = followers[random.Next(followers.Count)];
            if (string.Equals(word, End, StringComparison.Ordinal))
            {
                break;
            }
        }

        return text.Append('.').ToString();
    }

    private void Learn(string text)
    {
        foreach (var sentence in text.Split(['.', '?', '!', ';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            var words = sentence.Split([' ', '\t', ',', ':', '(', ')', '"', '\u201C', '\u201D'], StringSplitOptions.RemoveEmptyEntries)
                .Where(IsWord)
                .ToList();
            if (words.Count < 4)
            {
                continue;
            }

            _starts.Add(words[0]);
            for (var i = 0; i < words.Count; i++)
            {
                var follower = i + 1 < words.Count ? words[i + 1] : End;
                if (!_next.TryGetValue(words[i], out var list))
                {
                    list = [];
                    _next[words[i]] = list;
                }

                list.Add(follower);
            }
        }
    }

    // Page numbers, table figures and stray symbols would not read as prose.
    private static bool IsWord(string token) => token.Length < 30 && token.Any(char.IsLetter);
}
