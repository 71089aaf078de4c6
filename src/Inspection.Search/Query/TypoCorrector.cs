using System.Globalization;
using Inspection.Search.Analysis;
using Inspection.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Inspection.Search.Query;

/// <summary>
/// "Did you mean": a typed word that no passage holds (in text, title or headings), and that is neither a glossary form
/// nor an everyday English word (<see cref="EnglishWords"/>), is replaced by the nearest word the index holds (one edit for short words, two for longer ones, transpositions counting
/// one; fewer edits first, then the commoner word). A suggestion must occur in a passage the searcher may see, so the
/// word list of restricted evidence is never revealed.
/// </summary>
internal static class TypoCorrector
{
    private const int ShortestWord = 4;
    private const int CandidatesChecked = 8;
    private const int MaxEdits = 2;
    // Passages read for the way a suggested word is written (the index holds its stem).
    private const int SurfaceDocs = 3;
    // Passages counted where a suggestion and another word of the query occur together (enough to tell a word used
    // with the others from one met by chance).
    private const int TogetherCap = 50;
    // Below this, a suggestion is one slip of the keyboard from what was typed (TypingDistance: a slip costs 0.6).
    private const double OneSlip = 1.0;
    private const int MaxGeneratedWord = 20;
    // How much commoner a spelling one edit away must be than a word the index holds to replace it: a slip the stemmer
    // read as a shorter word, and a rare word typed for a common one.
    private const int StemmedAwayRatio = 3;
    private const int RareWordRatio = 20;
    // Only a word in this few passages is looked at as a possible slip for a commoner one: it bounds the work done for
    // the words of every query, which the index mostly holds.
    private const int RareWordDocs = 3;
    private static readonly string[] Fields = [PassageFields.Text, PassageFields.Title, PassageFields.HeadingPath];

    /// <summary>
    /// The query with unknown words replaced, the replacements made (typed word, suggested word), whether a word no passage
    /// holds was left as typed (no suggestion fitted it), and the everyday English words among those, when other words of
    /// the query are in the index (the search then runs on those, and should say which word it could not find).
    /// </summary>
    public static (ParsedQuery Query, IReadOnlyList<(string Typed, string Suggested)> Corrections, bool Unknown, IReadOnlyList<string> Everyday) Correct(
        ParsedQuery parsed,
        IndexSearcher searcher,
        ReaderTerms terms,
        Analyzer analyzer,
        GlossarySynonyms synonyms,
        IReadOnlyCollection<string> allowed,
        bool trim)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        var corrections = new List<(string, string)>();
        var clauses = new List<QueryClause>();
        var unknown = false;
        var everyday = new List<string>();
        var visible = trim ? QueryCompiler.ClassificationQuery(allowed) : null;
        var context = ContextWords(parsed, analyzer, terms);
        // A word that only frames the question ("happens" in "what happens if ...") is not looked for, so it is neither
        // corrected nor an unknown word, as the compiler reads it.
        var single = parsed.Clauses.Select(c => c.Alternatives.Count == 1 && !c.Alternatives[0].IsPhrase ? c.Alternatives[0].Text : "").ToList();
        foreach (var (clause, index) in parsed.Clauses.Select((c, i) => (c, i)))
        {
            if (single[index].Length > 0 && FunctionWords.ContainsAt(single, index))
            {
                clauses.Add(clause);
                continue;
            }

            var alternatives = new List<QueryText>();
            foreach (var alternative in clause.Alternatives)
            {
                var lookup = new SuggestionLookup(searcher, terms, analyzer, synonyms, visible);
                var suggested = alternative.IsPhrase ? null : Suggest(alternative.Text, lookup, context);
                if (suggested is null)
                {
                    if (!alternative.IsPhrase && NoPassageHas(alternative.Text, lookup))
                    {
                        unknown = true;
                        if (context.Count > 0 && EnglishWords.Contains(alternative.Text.Trim().ToLowerInvariant()) && Required(alternative.Text, single, index, analyzer))
                        {
                            everyday.Add(alternative.Text);
                        }
                    }

                    alternatives.Add(alternative);
                    continue;
                }

                corrections.Add((alternative.Text, suggested));
                alternatives.Add(alternative with { Text = suggested });
            }

            clauses.Add(new QueryClause(alternatives));
        }

        return (corrections.Count == 0 ? parsed : parsed with { Clauses = clauses }, corrections, unknown, everyday);
    }

    // A word the query needs: not a function word, not half of "last time", not a name of the inspectorate (a hint).
    private static bool Required(string word, List<string> single, int index, Analyzer analyzer)
    {
        if (FunctionWords.ContainsAt(single, index))
        {
            return false;
        }

        return TextAnalysis.Terms(analyzer, word) is not [var only] || !QueryCompiler.Inspectorate.Contains(only);
    }

    // A content word that neither the index nor the glossary holds in any form the analyser gives it.
    private static bool NoPassageHas(string word, SuggestionLookup lookup)
    {
        var tokens = TextAnalysis.Terms(lookup.Analyzer, word);
        return tokens.Length > 0 && lookup.Synonyms.Match(tokens).Count == 0
            && tokens.Any(t => !FunctionWords.Contains(t) && !Fields.Any(f => lookup.Terms.DocFreq(new Term(f, t)) > 0));
    }

    // The query's content words the index holds, as index terms: what a suggestion should be found with.
    private static List<string> ContextWords(ParsedQuery parsed, Analyzer analyzer, ReaderTerms terms) =>
        [.. parsed.Clauses.SelectMany(c => c.Alternatives)
            .SelectMany(a => TextAnalysis.Terms(analyzer, a.Text))
            .Where(t => !FunctionWords.Contains(t) && terms.DocFreq(new Term(PassageFields.Text, t)) > 0)
            .Distinct(StringComparer.Ordinal)];

    private static string? Suggest(string word, SuggestionLookup lookup, List<string> context)
    {
        var typed = word.Trim().ToLowerInvariant();
        if (IsHyphenated(typed))
        {
            return SuggestForParts(typed, lookup, context);
        }

        var tokens = TextAnalysis.Terms(lookup.Analyzer, word);
        if (tokens.Length != 1 || typed.Length < ShortestWord || !typed.All(char.IsLetter) || FunctionWords.Contains(typed))
        {
            return null;
        }

        var token = tokens[0];
        if (lookup.Synonyms.Match(tokens).Count > 0)
        {
            return null;
        }

        var others = context.Where(t => t != token).ToList();
        if (Fields.Any(f => lookup.Terms.DocFreq(new Term(f, token)) > 0))
        {
            return SuggestForKnown(typed, token, lookup, others);
        }

        // A real English word that no passage holds is a word the evidence does not use, not a slip for one it does.
        if (EnglishWords.Contains(typed))
        {
            return null;
        }

        var text = MultiFields.GetTerms(lookup.Searcher.IndexReader, PassageFields.Text);
        if (text is null)
        {
            return null;
        }

        // A short word the stemmer cut shorter still ("kids" to "kid", "dads" to "dad") is more likely a word the
        // evidence does not use than a slip; a longer one it cut that short ("sosial" to "sos") is a slip.
        if (token.Length < ShortestWord && typed.Length <= ShortestWord)
        {
            return null;
        }

        var found = new List<Candidate>();
        if (token.Length >= ShortestWord)
        {
            var maxEdits = token.Length <= 5 ? 1 : MaxEdits;
            // The first letter is taken as typed: it is rarely the mistake, and it keeps the walk over the words short.
            var fuzzy = new FuzzyTermsEnum(text, new AttributeSource(), new Term(PassageFields.Text, token), maxEdits, 1, true);
            while (fuzzy.MoveNext())
            {
                var candidate = fuzzy.Term.Utf8ToString();
                if (candidate.Length >= 3 && candidate.All(char.IsLetter))
                {
                    found.Add(new Candidate(candidate, candidate, Math.Min(TypingDistance.Edits(token, candidate), TypingDistance.Edits(typed, candidate)), fuzzy.DocFreq));
                }
            }
        }

        // The stemmer maps some words far from their spelling ("radicalisation" is indexed as "radicalise"), and reads some
        // slips as another word's stem ("carors" as "car"), so the word is also tried as typed: each spelling one edit
        // away, analysed as the index was.
        found.AddRange(SpellingsOneEditAway(typed, token, lookup).Where(s => !found.Any(f => f.Word == s.Word)));
        return Best(found, typed, token, lookup, others, withOthers: others.Count > 0);
    }

    // Letters joined by hyphens ("co-prodution", "short-braeks"): the sector writes many of its words that way.
    private static bool IsHyphenated(string typed) =>
        typed.Contains('-', StringComparison.Ordinal) && typed[0] != '-' && typed[^1] != '-'
        && typed.All(c => char.IsLetter(c) || c == '-') && !typed.Contains("--", StringComparison.Ordinal);

    // Each part is looked at as a word of its own, so a slip in one part is corrected and the hyphens kept; a part the
    // index holds is left alone by the same rules as a word typed alone.
    private static string? SuggestForParts(string typed, SuggestionLookup lookup, List<string> context)
    {
        var parts = typed.Split('-');
        var changed = false;
        for (var i = 0; i < parts.Length; i++)
        {
            if (Suggest(parts[i], lookup, context) is { } suggested && !string.Equals(suggested, parts[i], StringComparison.Ordinal))
            {
                parts[i] = suggested;
                changed = true;
            }
        }

        return changed ? string.Join('-', parts) : null;
    }

    // A word the index holds is left alone unless it is in very few passages or the stemmer read it as a function word:
    // then it may be a slip the stemmer read as another word ("offor" as "off", "overal" as "over") or a rare word typed
    // for a common one ("compliant" for "complaint"). A spelling one edit away is taken only if it is far commoner and
    // is found with every other word of the query while the word as typed is found with none of them, or, for a word
    // alone, if the stemmer left nothing a search could use.
    private static string? SuggestForKnown(string typed, string token, SuggestionLookup lookup, List<string> others)
    {
        var stemmedAway = TypingDistance.Edits(typed, token) >= 2;
        // A function word is no word to a search: any spelling of the word meant is commoner.
        var tokenDocs = FunctionWords.Contains(token) ? 0 : lookup.Terms.DocFreq(new Term(PassageFields.Text, token));
        if (tokenDocs > RareWordDocs)
        {
            return null;
        }

        var alone = others.Count == 0;
        if (alone ? !(stemmedAway && FunctionWords.Contains(token)) : lookup.FoundWith(token, others) > 0)
        {
            return null;
        }

        var commoner = stemmedAway ? StemmedAwayRatio : RareWordRatio;
        var found = SpellingsOneEditAway(typed, token, lookup).Where(c => c.DocFreq >= commoner * tokenDocs).ToList();
        if (!alone)
        {
            found = [.. found.Where(c => lookup.FoundWith(c.Word, others) == others.Count)];
        }

        return Best(found, typed, token, lookup, others);
    }

    private static IEnumerable<Candidate> SpellingsOneEditAway(string typed, string token, SuggestionLookup lookup)
    {
        if (typed.Length > MaxGeneratedWord || !typed.All(char.IsAsciiLetterLower))
        {
            yield break;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal) { token };
        foreach (var spelling in OneEditAway(typed))
        {
            var analysed = TextAnalysis.Terms(lookup.Analyzer, spelling);
            if (analysed.Length == 1 && seen.Add(analysed[0]) && analysed[0].All(char.IsLetter) && !FunctionWords.Contains(analysed[0])
                && lookup.Terms.DocFreq(new Term(PassageFields.Text, analysed[0])) is > 0 and var df)
            {
                yield return new Candidate(analysed[0], spelling, 1, df);
            }
        }
    }

    // Fewer edits first; among as many edits, the word found with more of the query's other words, then the likelier
    // slip of the keyboard, then the word found in more passages with them, then the commoner word. The first a searcher may see is suggested, as a passage writes it.
    // With other words in the query, a suggestion found with none of them is a word the typed one was not, unless it is
    // one slip of the keyboard away ("LAOD" for "LADO"): a word the evidence does not use ("refugee", "hostels") would
    // otherwise become its nearest neighbour ("refused", "hosted").
    private static string? Best(List<Candidate> found, string typed, string token, SuggestionLookup lookup, List<string> others, bool withOthers = false)
    {
        var ranked = found
            .OrderBy(f => f.Edits).ThenByDescending(f => f.DocFreq).ThenBy(f => f.Word, StringComparer.Ordinal)
            .Take(CandidatesChecked)
            .Select(f =>
            {
                var together = others.Select(o => lookup.Together(f.Word, o, TogetherCap)).ToList();
                return (Candidate: f, With: together.Count(t => t > 0), Together: together.Sum(), Slip: Math.Min(TypingDistance.Between(typed, f.Spelling), TypingDistance.Between(token, f.Word)));
            })
            .OrderBy(f => f.Candidate.Edits).ThenByDescending(f => f.With).ThenBy(f => f.Slip).ThenByDescending(f => f.Together)
            .ThenByDescending(f => f.Candidate.DocFreq).ThenBy(f => f.Candidate.Word, StringComparer.Ordinal)
            .Select(f => (f.Candidate, f.With, f.Together, f.Slip));
        foreach (var (candidate, with, _, slip) in ranked)
        {
            if (withOthers && with == 0 && slip >= OneSlip)
            {
                continue;
            }

            // The stemmer reads some misspellings as a short word ("farors" as "far"): a suggestion whose written form is
            // more edits from what was typed than a correction may make is no correction of it.
            var docs = lookup.VisibleHolding(candidate.Word, SurfaceDocs);
            var written = docs.Select(doc => SurfaceForm(lookup.Searcher, lookup.Analyzer, doc, candidate.Word, typed) ?? candidate.Word)
                .OrderBy(w => TypingDistance.Edits(typed, w)).FirstOrDefault();
            if (written is not null && TypingDistance.Edits(typed, written) <= MaxEdits)
            {
                return written;
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
            .OrderBy(w => TypingDistance.Edits(typed, w))
            .FirstOrDefault();
    }

    private sealed record Candidate(string Word, string Spelling, int Edits, int DocFreq);
}
