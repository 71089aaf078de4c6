using System.Globalization;
using Inspection.Search.Analysis;
using Inspection.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Inspection.Search.Query;

/// <summary>
/// "Did you mean": a typed word that no passage holds (in text, title or headings), and that is not a glossary form, is
/// replaced by the nearest word the index holds (one edit for short words, two for longer ones, transpositions counting
/// one; fewer edits first, then the commoner word). A suggestion must occur in a passage the searcher may see, so the
/// word list of restricted evidence is never revealed.
/// </summary>
internal static class TypoCorrector
{
    private const int ShortestWord = 4;
    private const int CandidatesChecked = 8;
    private const int MaxGeneratedWord = 20;
    private static readonly string[] Fields = [PassageFields.Text, PassageFields.Title, PassageFields.HeadingPath];

    /// <summary>The query with unknown words replaced, and the replacements made (typed word, suggested word).</summary>
    public static (ParsedQuery Query, IReadOnlyList<(string Typed, string Suggested)> Corrections) Correct(
        ParsedQuery parsed,
        IndexSearcher searcher,
        ReaderTerms terms,
        Analyzer analyzer,
        GlossarySynonyms synonyms,
        IReadOnlyCollection<string> allowed,
        bool trim)
    {
        var corrections = new List<(string, string)>();
        var clauses = new List<QueryClause>();
        foreach (var clause in parsed.Clauses)
        {
            var alternatives = new List<QueryText>();
            foreach (var alternative in clause.Alternatives)
            {
                var suggested = alternative.IsPhrase ? null : Suggest(alternative.Text, searcher, terms, analyzer, synonyms, allowed, trim);
                if (suggested is null)
                {
                    alternatives.Add(alternative);
                    continue;
                }

                corrections.Add((alternative.Text, suggested));
                alternatives.Add(alternative with { Text = suggested });
            }

            clauses.Add(new QueryClause(alternatives));
        }

        return corrections.Count == 0 ? (parsed, corrections) : (parsed with { Clauses = clauses }, corrections);
    }

    private static string? Suggest(string word, IndexSearcher searcher, ReaderTerms terms, Analyzer analyzer, GlossarySynonyms synonyms, IReadOnlyCollection<string> allowed, bool trim)
    {
        var tokens = TextAnalysis.Terms(analyzer, word);
        if (tokens.Length != 1 || tokens[0].Length < ShortestWord || !tokens[0].All(char.IsLetter) || FunctionWords.Contains(tokens[0]))
        {
            return null;
        }

        var token = tokens[0];
        if (synonyms.Match(tokens).Count > 0 || Fields.Any(f => terms.DocFreq(new Term(f, token)) > 0))
        {
            return null;
        }

        var text = MultiFields.GetTerms(searcher.IndexReader, PassageFields.Text);
        if (text is null)
        {
            return null;
        }

        var maxEdits = token.Length <= 5 ? 1 : 2;
        // The first letter is taken as typed: it is rarely the mistake, and it keeps the walk over the words short.
        var fuzzy = new FuzzyTermsEnum(text, new AttributeSource(), new Term(PassageFields.Text, token), maxEdits, 1, true);
        var found = new List<(string Word, int Edits, int DocFreq)>();
        while (fuzzy.MoveNext())
        {
            var candidate = fuzzy.Term.Utf8ToString();
            if (candidate.Length >= 3 && candidate.All(char.IsLetter))
            {
                found.Add((candidate, Edits(token, candidate), fuzzy.DocFreq));
            }
        }

        // The stemmer maps some words far from their spelling ("radicalisation" is indexed as "radicalise"), so a typo of
        // such a word is also tried as typed: each spelling one edit away, analysed as the index was.
        var typed = word.Trim().ToLowerInvariant();
        if (typed.Length <= MaxGeneratedWord && typed.All(char.IsAsciiLetterLower))
        {
            foreach (var spelling in OneEditAway(typed))
            {
                var analysed = TextAnalysis.Terms(analyzer, spelling);
                if (analysed.Length == 1 && analysed[0] != token && !found.Any(f => f.Word == analysed[0]) && terms.DocFreq(new Term(PassageFields.Text, analysed[0])) is > 0 and var df)
                {
                    found.Add((analysed[0], 1, df));
                }
            }
        }

        foreach (var (candidate, _, _) in found.OrderBy(f => f.Edits).ThenByDescending(f => f.DocFreq).ThenBy(f => f.Word, StringComparer.Ordinal).Take(CandidatesChecked))
        {
            if (FirstVisible(searcher, candidate, trim ? allowed : null) is { } doc)
            {
                return SurfaceForm(searcher, analyzer, doc, candidate, typed) ?? candidate;
            }
        }

        return null;
    }

    private static IEnumerable<string> OneEditAway(string word)
    {
        for (var i = 0; i <= word.Length; i++)
        {
            for (var c = 'a'; c <= 'z'; c++)
            {
                yield return string.Concat(word.AsSpan(0, i), [c], word.AsSpan(i));
                if (i < word.Length && word[i] != c)
                {
                    yield return string.Concat(word.AsSpan(0, i), [c], word.AsSpan(i + 1));
                }
            }

            if (i < word.Length)
            {
                yield return string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1));
            }

            if (i + 1 < word.Length)
            {
                yield return string.Concat(word.AsSpan(0, i), [word[i + 1], word[i]], word.AsSpan(i + 2));
            }
        }
    }

    // The word as a passage writes it ("safeguarding", not the index's "safeguard"), closest to what was typed.
    private static string? SurfaceForm(IndexSearcher searcher, Analyzer analyzer, int doc, string term, string typed)
    {
        var text = searcher.Doc(doc).Get(PassageFields.Text, CultureInfo.InvariantCulture) ?? string.Empty;
        return TextAnalysis.Tokens(analyzer, text)
            .Where(t => t.Term == term)
            .Select(t => text[t.Start..t.End].ToLowerInvariant())
            .Where(w => w.All(char.IsLetter))
            .OrderBy(w => Edits(typed, w))
            .FirstOrDefault();
    }

    // A passage holding the word that the searcher may see (any passage when nothing is trimmed), or null.
    private static int? FirstVisible(IndexSearcher searcher, string word, IReadOnlyCollection<string>? allowed)
    {
        var query = new BooleanQuery { { new TermQuery(new Term(PassageFields.Text, word)), Occur.MUST } };
        if (allowed is not null)
        {
            query.Add(QueryCompiler.ClassificationQuery(allowed), Occur.MUST);
        }

        var first = new FirstHitCollector();
        searcher.Search(query, first);
        return first.Doc;
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions.</summary>
    public static int Edits(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    // Stops each segment at its first hit (IndexSearcher moves on to the next): only whether there is one matters.
    private sealed class FirstHitCollector : ICollector
    {
        private int _docBase;

        public int? Doc { get; private set; }

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context)
        {
            ArgumentNullException.ThrowIfNull(context);
            _docBase = context.DocBase;
        }

        public void Collect(int doc)
        {
            Doc ??= _docBase + doc;
            throw new CollectionTerminatedException();
        }
    }
}
