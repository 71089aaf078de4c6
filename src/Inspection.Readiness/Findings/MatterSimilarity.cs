namespace Inspection.Readiness.Findings;

/// <summary>
/// How alike two findings' wording is: cosine of the counts of their stemmed content words (0 to 1). Revisit verdicts and
/// later letters restate the original weakness in nearly the same words, so plain overlap is enough and explainable.
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

    public static IReadOnlyDictionary<string, int> Terms(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var terms = new Dictionary<string, int>(StringComparer.Ordinal);
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
                AddWord(terms, text[start..i]);
                start = -1;
            }
        }

        return terms;
    }

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

    private static void AddWord(Dictionary<string, int> terms, string raw)
    {
        var word = raw.ToLowerInvariant();
        if (word.EndsWith('s') && Expansions.TryGetValue(word[..^1], out var pluralExpansion))
        {
            foreach (var part in pluralExpansion)
            {
                Add(terms, Stem(part));
            }

            return;
        }

        if (Expansions.TryGetValue(word, out var expansion))
        {
            foreach (var part in expansion)
            {
                Add(terms, Stem(part));
            }

            return;
        }

        if (StopWords.Contains(word) || word.Length < 2)
        {
            return;
        }

        Add(terms, Stem(word));
    }

    private static void Add(Dictionary<string, int> terms, string term) =>
        terms[term] = terms.TryGetValue(term, out var count) ? count + 1 : 1;

    private static double Norm(IReadOnlyDictionary<string, int> terms) =>
        Math.Sqrt(terms.Values.Sum(c => (double)c * c));
}
