namespace Inspection.Readiness.Findings;

/// <summary>
/// Whether two findings are on the same matter, from their stemmed content words: the cosine of their counts, helped by a
/// long shared run of words. Revisit verdicts restate a weakness word for word; later letters often keep its key phrase.
/// </summary>
public static class MatterSimilarity
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "about", "across", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been", "being", "between", "both",
        "but", "by", "can", "could", "do", "does", "for", "from", "had", "has", "have", "how", "in", "into", "is", "it", "its",
        "more", "most", "much", "must", "of", "on", "or", "other", "should", "so", "some", "such", "than", "that", "the",
        "their", "them", "there", "these", "they", "this", "those", "through", "to", "too", "under", "up", "very", "was",
        "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "within", "would",
        "area", "areas", "local", "ensure", "ensuring",
    };

    // Sector abbreviations spelled out, so "EHCPs" and "education, health and care plans" meet.
    private static readonly Dictionary<string, string[]> Expansions = new(StringComparer.Ordinal)
    {
        ["ehcp"] = ["education", "health", "care", "plan"],
        ["ehc"] = ["education", "health", "care"],
        ["rhi"] = ["return", "home", "interview"],
        ["cse"] = ["child", "sexual", "exploitation"],
        ["cce"] = ["child", "criminal", "exploitation"],
        ["ccg"] = ["clinical", "commissioning", "group"],
        ["coproduction"] = ["co", "production"],
    };

    /// <summary>Cosine at or above which two findings are on the same matter.</summary>
    public const double Threshold = 0.5;

    /// <summary>A shared run of this many content words ("management oversight and supervision") is a strong sign of one matter.</summary>
    public const int SharedRun = 3;

    /// <summary>With such a shared run, this lower cosine is enough.</summary>
    public const double RunThreshold = 0.25;

    /// <summary>The stemmed content words of a text, in order, abbreviations spelled out.</summary>
    public static IReadOnlyList<string> Tokens(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isLetter = i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '\'');
            if (isLetter && start < 0)
            {
                start = i;
            }
            else if (!isLetter && start >= 0)
            {
                AddWord(tokens, text[start..i]);
                start = -1;
            }
        }

        return tokens;
    }

    public static IReadOnlyDictionary<string, int> Terms(string text) => Count(Tokens(text));

    public static IReadOnlyDictionary<string, int> Count(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var terms = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in tokens)
        {
            terms[token] = terms.TryGetValue(token, out var count) ? count + 1 : 1;
        }

        return terms;
    }

    /// <summary>The longest run of consecutive tokens the two texts share.</summary>
    public static int LongestSharedRun(IReadOnlyList<string> left, IReadOnlyList<string> right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var best = 0;
        for (var i = 0; i < left.Count; i++)
        {
            for (var j = 0; j < right.Count; j++)
            {
                var k = 0;
                while (i + k < left.Count && j + k < right.Count && string.Equals(left[i + k], right[j + k], StringComparison.Ordinal))
                {
                    k++;
                }

                best = Math.Max(best, k);
            }
        }

        return best;
    }

    /// <summary>
    /// How strongly two texts are on one matter, or 0 when they are not: the cosine, raised by a long shared run of words;
    /// a restated weakness scores 1.
    /// </summary>
    public static double Score(IReadOnlyList<string> left, IReadOnlyList<string> right)
    {
        var cosine = Cosine(Count(left), Count(right));
        if (cosine < RunThreshold)
        {
            return 0;
        }

        var run = LongestSharedRun(left, right);
        var sameMatter = cosine >= Threshold || (run >= SharedRun && cosine >= RunThreshold);
        return sameMatter ? Math.Min(1, cosine + (0.05 * run)) : 0;
    }

    public static double Score(string left, string right) => Score(Tokens(left), Tokens(right));

    public static double Cosine(IReadOnlyDictionary<string, int> left, IReadOnlyDictionary<string, int> right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        if (left.Count == 0 || right.Count == 0)
        {
            return 0;
        }

        double dot = 0;
        foreach (var (term, count) in left)
        {
            if (right.TryGetValue(term, out var other))
            {
                dot += (double)count * other;
            }
        }

        return dot / (Norm(left) * Norm(right));
    }

    public static double Cosine(string left, string right) => Cosine(Terms(left), Terms(right));

    /// <summary>A light English stemmer: enough to meet "plans"/"plan", "communicated"/"communicate", "strategies"/"strategy".</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var w = word;
        if (w.EndsWith("'s", StringComparison.Ordinal))
        {
            w = w[..^2];
        }

        w = w.Trim('\'');
        if (w.Length > 4 && w.EndsWith("ies", StringComparison.Ordinal))
        {
            return w[..^3] + "y";
        }

        if (w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal))
        {
            return w[..^3];
        }

        if (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal))
        {
            return w[..^2];
        }

        if (w.Length > 4 && w.EndsWith('e'))
        {
            return w[..^1];
        }

        if (w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal))
        {
            return Stem(w[..^1]);
        }

        return w;
    }

    private static void AddWord(List<string> tokens, string raw)
    {
        var word = raw.ToLowerInvariant();
        if (word.EndsWith('s') && Expansions.TryGetValue(word[..^1], out var pluralExpansion))
        {
            foreach (var part in pluralExpansion)
            {
                tokens.Add(Stem(part));
            }

            return;
        }

        if (Expansions.TryGetValue(word, out var expansion))
        {
            foreach (var part in expansion)
            {
                tokens.Add(Stem(part));
            }

            return;
        }

        if (StopWords.Contains(word) || word.Length < 2)
        {
            return;
        }

        tokens.Add(Stem(word));
    }

    private static double Norm(IReadOnlyDictionary<string, int> terms) =>
        Math.Sqrt(terms.Values.Sum(c => (double)c * c));
}
