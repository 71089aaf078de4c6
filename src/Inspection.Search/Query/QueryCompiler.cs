using System.Runtime.CompilerServices;
using Inspection.Search.Analysis;
using Inspection.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using LuceneQuery = Lucene.Net.Search.Query;

namespace Inspection.Search.Query;

/// <summary>
/// Compiles a <see cref="ParsedQuery"/> into a BM25-ranked Lucene query with glossary expansion, filters and the security
/// clause. Given the reader the query will run on, each word or phrase is searched only in the fields that hold it: a
/// field without the word adds nothing to any score, yet as a branch of a disjunction it made every hit several times
/// slower to score: the results are the same as when every field is searched. The reader also brings what only the
/// index can tell: a word's other forms that it holds, and whether a word names some of its organisations. Given a <see cref="FilterCache"/>, the filters
/// and the security clause match from passages kept per segment rather than being worked out again (same hits, same scores).
/// </summary>
public sealed class QueryCompiler(Analyzer analyzer, GlossarySynonyms synonyms, IndexReader? reader = null, ReaderTerms? lookups = null, FilterCache? filters = null)
{
    /// <summary>False searches every field, even those without the word (the same hits and scores, slower): for tests of that sameness.</summary>
    internal bool SkipsAbsentFields { get; init; } = true;

    /// <summary>The words looked up in the reader while compiling (those given, or new ones), for the search to reuse; null without a reader.</summary>
    public ReaderTerms? Terms { get; } = reader is null ? null : lookups is not null && ReferenceEquals(lookups.Reader, reader) ? lookups : new ReaderTerms(reader);

    // Title and heading matches say more about a passage than one mention in its body.
    private static readonly (string Field, float Boost)[] TextFields =
    [
        (PassageFields.Text, 1f),
        (PassageFields.Title, 2f),
        (PassageFields.HeadingPath, 1.5f),
        // A passage of Harrowden's self-evaluation is about Harrowden even where its text does not say so.
        (PassageFields.OrganisationText, 0.3f),
    ];

    // Words that name the inspectorate: "what did Ofsted say about supervision" wants Ofsted's own letters, which
    // rarely name Ofsted in the passage that answers. With other words to look for, such a word is not required and
    // letters rank higher instead.
    // Words naming the inspectorate (as index terms): a hint that lifts inspection letters, never required.
    internal static readonly HashSet<string> Inspectorate = new(StringComparer.Ordinal) { "ofsted", "inspector", "hmi" };
    private const float LetterBoost = 1.5f;
    internal const string LetterKind = "InspectionLetter";

    // A synonym is a weaker signal than the words typed, so exact wording ranks first. A form of several words scores
    // its words' weights together ("case load", "reflective supervision"), so at 0.8 it could outweigh the word typed
    // ("caseloads", "supervision"); 0.6 was measured on the relevance harness's tuned queries (0.5 lost typo queries,
    // 0.7 gained nothing).
    private const float SynonymBoost = 0.6f;
    private const float SynonymTieBreaker = 0.1f;
    // A finding (an inspectorate's judgement, an audit's conclusion) wins a near-tie with another passage, no more: a
    // larger constant lifted findings that matched a word in passing above passages about the query (tuning queries).
    private const float FindingBoost = 0.05f;
    private const int MaxPhraseVariants = 24;

    /// <summary>The share of a query's content words a partial match needs: about two in three.</summary>
    public const double MostWords = 2.0 / 3.0;

    // Another form of a typed word (moderated for moderation, co-production for coproduction) counts a little less.
    private const float FormBoost = 0.7f;
    private const int MaxForms = 4;

    // Two typed words found next to each other (or with the same words between them, or side by side the other way
    // round) add to a passage's score.
    private const float ProximityBoost = 0.5f;

    /// <summary>
    /// Compiles the query; a <paramref name="requiredShare"/> below 1 asks for that share of the clauses (at least one),
    /// used when nothing has every word. <paramref name="trimClassifications"/> false leaves out the security clause, for
    /// callers that apply it themselves (an enclosing query, or a reader holding no classification outside the allowed list).
    /// </summary>
    public CompiledQuery Compile(ParsedQuery parsed, IReadOnlyCollection<string> allowedClassifications, double requiredShare = 1.0, bool trimClassifications = true)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        ArgumentNullException.ThrowIfNull(allowedClassifications);
        var marks = new List<IReadOnlyList<string>>();
        var positives = new List<LuceneQuery>();
        var proximity = new List<LuceneQuery>();
        // Function and question words are left out when the query has anything else to look for.
        _share = requiredShare;
        _extraWords = 0;
        var single = parsed.Clauses.Select(c => c.Alternatives.Count == 1 && !c.Alternatives[0].IsPhrase ? c.Alternatives[0].Text : "").ToList();
        var contentClauses = parsed.Clauses.Where((c, i) => c.Alternatives.Count > 1 || c.Alternatives[0].IsPhrase || !(IsFunctionWord(c.Alternatives[0].Text) || FunctionWords.ContainsAt(single, i))).Count();
        var dropFunctionWords = contentClauses > 0;
        _hintInspectorate = contentClauses > 1;
        _namedInspectorate = false;
        var run = new List<string>();
        foreach (var clause in parsed.Clauses)
        {
            if (clause.Alternatives.Count == 1 && !clause.Alternatives[0].IsPhrase)
            {
                run.Add(clause.Alternatives[0].Text);
                continue;
            }

            positives.AddRange(CompileRun(run, marks, proximity, dropFunctionWords));
            run.Clear();
            var alternatives = clause.Alternatives
                .Select(a => a.IsPhrase ? CompileVariants(Analyse(a.Text), marks) : CompileRun([a.Text], marks, proximity, dropFunctionWords: false).SingleOrDefault())
                .OfType<LuceneQuery>()
                .ToList();
            if (alternatives.Count == 1)
            {
                positives.Add(alternatives[0]);
            }
            else if (alternatives.Count > 1)
            {
                var any = new BooleanQuery();
                foreach (var alternative in alternatives)
                {
                    any.Add(alternative, Occur.SHOULD);
                }

                positives.Add(any);
            }
        }

        positives.AddRange(CompileRun(run, marks, proximity, dropFunctionWords));

        var main = new BooleanQuery();
        if (positives.Count == 0)
        {
            main.Add(new MatchAllDocsQuery(), Occur.MUST);
        }
        else if (requiredShare < 1.0 && positives.Count > 1)
        {
            var most = new BooleanQuery { MinimumNumberShouldMatch = Math.Max(1, (int)Math.Ceiling(positives.Count * requiredShare)) };
            foreach (var positive in positives)
            {
                most.Add(positive, Occur.SHOULD);
            }

            main.Add(most, Occur.MUST);
        }
        else
        {
            foreach (var positive in positives)
            {
                main.Add(positive, Occur.MUST);
            }
        }

        if (positives.Count > 0)
        {
            main.Add(new ConstantScoreQuery(new TermQuery(new Term(PassageFields.IsFinding, PassageFields.True))) { Boost = FindingBoost }, Occur.SHOULD);
            foreach (var near in proximity)
            {
                main.Add(near, Occur.SHOULD);
            }
        }

        foreach (var exclusion in parsed.Exclusions)
        {
            foreach (var variant in Expand(Analyse(exclusion.Text)))
            {
                // An excluded word is excluded where it is written, not where the organisation's name holds it.
                main.Add(FieldQuery(variant, 1f, withOrganisation: false), Occur.MUST_NOT);
            }
        }

        var filter = FilterQueries.For(parsed.Filters, Analyse);
        if (filter is not null)
        {
            main.Add(Constant(filter), Occur.MUST);
        }

        if (trimClassifications)
        {
            main.Add(Constant(ClassificationQuery(allowedClassifications)), Occur.MUST);
        }
        else if (main.Clauses.All(c => c.Occur == Occur.MUST_NOT))
        {
            // Lucene matches nothing with prohibited clauses alone.
            main.Add(new MatchAllDocsQuery(), Occur.MUST);
        }

        return new CompiledQuery(main, marks, positives.Count + _extraWords, positives.Count > 0) { NamesInspectorate = _namedInspectorate && FunctionWords.AsksWhatWasSaid(single) };
    }

    // A clause that only says which passages may match (it adds nothing to a score).
    private ConstantScoreQuery Constant(LuceneQuery filter) =>
        filters is null ? new ConstantScoreQuery(filter) { Boost = 0f } : filters.Clause(filter, 0f);

    /// <summary>
    /// True when the reader holds a passage whose classification is not allowed, so the security clause must be applied;
    /// false when everything in it may be seen and the clause would only cost time. Terms of deleted passages count too.
    /// </summary>
    public static bool NeedsTrimming(IndexReader reader, IReadOnlyCollection<string> allowedClassifications)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(allowedClassifications);
        var terms = MultiFields.GetTerms(reader, PassageFields.Classification);
        if (terms is null)
        {
            return false;
        }

        var allowed = allowedClassifications.ToHashSet(StringComparer.Ordinal);
        var iterator = terms.GetEnumerator();
        while (iterator.MoveNext())
        {
            if (!allowed.Contains(iterator.Term.Utf8ToString()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The security clause: a passage is visible only if its classification is allowed; an empty list allows nothing.</summary>
    public static LuceneQuery ClassificationQuery(IReadOnlyCollection<string> allowedClassifications)
    {
        ArgumentNullException.ThrowIfNull(allowedClassifications);
        var allowed = new BooleanQuery();
        foreach (var classification in allowedClassifications.Distinct(StringComparer.Ordinal))
        {
            allowed.Add(new TermQuery(new Term(PassageFields.Classification, classification)), Occur.SHOULD);
        }

        // A BooleanQuery without clauses matches nothing: fail closed.
        return allowed;
    }

    // A run of typed words (no quotes, no OR): glossary forms among them become synonym clauses, function words are
    // dropped (they still count as positions, so "plans for children" keeps "plans" and "children" two apart), each
    // other word matches in any of its forms, and each pair of neighbouring words adds a proximity clause.
    private bool _hintInspectorate;
    private bool _namedInspectorate;

    // The share of words the query being compiled requires, and the words beyond one that its glossary clauses hold:
    // a glossary form typed as words ("elective home education") is also matched by most of them, word by word.
    private double _share = 1.0;
    private int _extraWords;

    private List<LuceneQuery> CompileRun(List<string> words, List<IReadOnlyList<string>> marks, List<LuceneQuery> proximity, bool dropFunctionWords)
    {
        var typed = words.Select(w => (Text: w, Tokens: Analyse(w))).Where(t => t.Tokens.Count > 0).ToList();
        var tokensPerWord = typed.Select(t => t.Tokens).ToList();
        var texts = typed.Select(t => t.Text).ToList();
        var flat = tokensPerWord.SelectMany(t => t).ToList();
        var firstTokenOfWord = new List<int>();
        var position = 0;
        foreach (var tokens in tokensPerWord)
        {
            firstTokenOfWord.Add(position);
            position += tokens.Count;
        }

        var queries = new List<LuceneQuery>();
        var content = new List<int>();
        var synonymWords = new HashSet<int>();
        var glossaryUnits = new List<(int First, int End, IReadOnlyList<IReadOnlyList<string>> Forms)>();
        var word = 0;
        void AddWord(int index)
        {
            if (dropFunctionWords && (IsFunctionWord(typed[index].Text) || FunctionWords.ContainsAt(texts, index)))
            {
                return;
            }

            // Compared as typed too: the stemmer makes "ofste" of "Ofsted".
            if (_hintInspectorate && tokensPerWord[index] is [var only] && (Inspectorate.Contains(only) || Inspectorate.Contains(typed[index].Text.Trim().ToLowerInvariant())))
            {
                proximity.Add(WordClause(tokensPerWord[index], marks));
                proximity.Add(new ConstantScoreQuery(new TermQuery(new Term(PassageFields.Kind, LetterKind))) { Boost = LetterBoost });
                _namedInspectorate = true;
                return;
            }

            if (OrganisationWeight(tokensPerWord[index]) is { } named)
            {
                queries.Add(OrganisationClause(tokensPerWord[index][0], named, marks));
                return;
            }

            queries.Add(WordClause(tokensPerWord[index], marks, typed[index].Text));
            content.Add(index);
        }

        foreach (var match in synonyms.Match(flat).Where(m => Aligned(m, firstTokenOfWord, flat.Count)))
        {
            var firstWord = firstTokenOfWord.IndexOf(match.Start);
            var endWord = firstTokenOfWord.IndexOf(match.Start + match.Length) is var next and >= 0 ? next : tokensPerWord.Count;
            for (; word < firstWord; word++)
            {
                AddWord(word);
            }

            queries.Add(SynonymClause(tokensPerWord[firstWord..endWord], flat.GetRange(match.Start, match.Length), match, marks));
            glossaryUnits.Add((firstWord, endWord, [flat.GetRange(match.Start, match.Length), .. match.Alternatives]));
            for (; word < endWord; word++)
            {
                synonymWords.Add(word);
            }
        }

        for (; word < tokensPerWord.Count; word++)
        {
            AddWord(word);
        }

        for (var i = 1; i < content.Count; i++)
        {
            var (a, b) = (content[i - 1], content[i]);
            if (tokensPerWord[a].Count == 1 && tokensPerWord[b].Count == 1 && b - a <= 3 && !synonymWords.Contains(a) && !synonymWords.Contains(b))
            {
                // The two words side by side the other way round count as near too ("complaints upheld" typed for "upheld
                // complaints"): people do not type the evidence's word order. The better of the two orders counts.
                proximity.Add(new DisjunctionMaxQuery(0f)
                {
                    Near(tokensPerWord[a][0], tokensPerWord[b][0], firstTokenOfWord[b] - firstTokenOfWord[a]),
                    Near(tokensPerWord[b][0], tokensPerWord[a][0], 1),
                });
            }
        }

        // A glossary term and the typed word beside it count as near too, in any of the term's forms: "children in care
        // council views" is about the council of children in care, and a passage naming "the Children in Care Council" is
        // closer to it than one with the words apart. At most one function word may stand between them as typed.
        foreach (var unit in glossaryUnits)
        {
            if (content.LastOrDefault(c => c < unit.First, -1) is var before and >= 0 && unit.First - before <= 2 && tokensPerWord[before].Count == 1)
            {
                proximity.Add(NearForms(unit.Forms, tokensPerWord[before][0], wordFirst: true, between: firstTokenOfWord[unit.First] - firstTokenOfWord[before] - 1));
            }

            if (content.FirstOrDefault(c => c >= unit.End, -1) is var after and >= 0 && after - unit.End <= 1 && tokensPerWord[after].Count == 1)
            {
                proximity.Add(NearForms(unit.Forms, tokensPerWord[after][0], wordFirst: false, between: after - unit.End));
            }
        }

        return queries;
    }

    private const int MaxNearForms = 3;

    // The glossary term's best form next to the word, as typed (with the typed function word's place between them) or
    // the other way round side by side ("Ombudsman complaints" for "complaints ombudsman"), as for two words. Exact
    // phrases, not sloppy ones: those are matched from the passages the index keeps for them, which at a million
    // passages is the difference between 13 and 53 ms at p95 for the bench's questions.
    private static DisjunctionMaxQuery NearForms(IReadOnlyList<IReadOnlyList<string>> forms, string word, bool wordFirst, int between)
    {
        var best = new DisjunctionMaxQuery(0f);
        foreach (var form in forms.DistinctBy(f => string.Join(' ', f), StringComparer.Ordinal).Take(MaxNearForms))
        {
            // One word more between them is as near ("return home interviews were offered" for "... interviews offered").
            for (var gap = between; gap <= between + 1; gap++)
            {
                best.Add(wordFirst ? NearPhrase([word], form, gap) : NearPhrase(form, [word], gap));
            }

            best.Add(wordFirst ? NearPhrase(form, [word], 0) : NearPhrase([word], form, 0));
        }

        return best;
    }

    private static PhraseQuery NearPhrase(IReadOnlyList<string> first, IReadOnlyList<string> second, int between)
    {
        var near = new PhraseQuery { Boost = ProximityBoost };
        for (var i = 0; i < first.Count; i++)
        {
            near.Add(new Term(PassageFields.Text, first[i]), i);
        }

        for (var i = 0; i < second.Count; i++)
        {
            near.Add(new Term(PassageFields.Text, second[i]), first.Count + between + i);
        }

        return near;
    }

    private static PhraseQuery Near(string first, string second, int distance)
    {
        var near = new PhraseQuery { Boost = ProximityBoost };
        near.Add(new Term(PassageFields.Text, first), 0);
        near.Add(new Term(PassageFields.Text, second), distance);
        return near;
    }

    // A typed word in any of its forms: as typed first, then (given the reader) its derivational relatives and its
    // compound spellings that the index holds ("coproduction", "co-production"), each a little weaker.
    private DisjunctionMaxQuery WordClause(IReadOnlyList<string> tokens, List<IReadOnlyList<string>> marks, string? typed = null)
    {
        var forms = Terms is null ? [] : OtherForms(tokens, typed);
        if (forms.Count == 0)
        {
            return Marked(tokens, 1f, marks);
        }

        var any = new DisjunctionMaxQuery(0f) { Marked(tokens, 1f, marks) };
        foreach (var form in forms)
        {
            any.Add(Marked(form, FormBoost, marks));
        }

        return any;
    }

    // A word that names some of the organisations whose evidence the index holds ("Medway", "Thurrock's"), and not
    // all of them, says whose evidence is wanted, not what a passage is about: every passage of that organisation, or
    // naming it, counts the same, as much as one mention of a word that rare would. Scored as a word, it ranked the
    // passages that repeat the name in their text or headings above those that answer ("how many children are in
    // Medway's care"). Only the first word of an organisation's name counts as naming it: the others are mostly
    // designations ("county", "borough", "city", "council") that staff also use as words ("county lines", "out of
    // borough placements"). Null for any other word, or without the reader.
    private float? OrganisationWeight(IReadOnlyList<string> tokens)
    {
        if (Terms is null || tokens.Count != 1 || !NamesOpenWith(Terms.Reader).Contains(tokens[0]))
        {
            return null;
        }

        var named = Terms.DocFreq(new Term(PassageFields.OrganisationText, tokens[0]));
        _organisations ??= MultiFields.GetTerms(Terms.Reader, PassageFields.OrganisationText)?.DocCount ?? 0;
        if (named == 0 || named >= _organisations)
        {
            return null;
        }

        var passages = Terms.Reader.MaxDoc;
        return (float)Math.Log(1 + ((passages - named + 0.5) / (named + 0.5)));
    }

    private int? _organisations;

    // The first word of each organisation's name the reader holds, once per reader (readers never change).
    private static readonly ConditionalWeakTable<IndexReader, HashSet<string>> FirstWords = new();

    private HashSet<string> NamesOpenWith(IndexReader index) => FirstWords.GetValue(index, r =>
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var names = MultiFields.GetTerms(r, PassageFields.Organisation)?.GetEnumerator();
        while (names is not null && names.MoveNext())
        {
            if (Analyse(names.Term.Utf8ToString()) is [var first, ..])
            {
                words.Add(first);
            }
        }

        return words;
    });

    private ConstantScoreQuery OrganisationClause(string token, float weight, List<IReadOnlyList<string>> marks)
    {
        marks.Add([token]);
        var anywhere = new BooleanQuery();
        foreach (var (field, _) in TextFields.Where(f => Holds(f.Field, [token])))
        {
            anywhere.Add(new TermQuery(new Term(field, token)), Occur.SHOULD);
        }

        return new ConstantScoreQuery(anywhere) { Boost = weight };
    }

    // The word as typed, when known, is split and joined as written: the stemmer reads a whole word and its parts
    // differently ("rereferrals" stays "rereferral", while "referrals" alone is "refer"), so the parts are read again.
    private List<IReadOnlyList<string>> OtherForms(IReadOnlyList<string> tokens, string? typed = null)
    {
        var forms = new List<IReadOnlyList<string>>();
        void AddForm(IReadOnlyList<string> form)
        {
            if (form.Count > 0 && !form.SequenceEqual(tokens, StringComparer.Ordinal) && InText(form)
                && !forms.Any(f => f.SequenceEqual(form, StringComparer.Ordinal)))
            {
                forms.Add(form);
            }
        }

        if (tokens.Count == 1)
        {
            foreach (var candidate in WordForms.Candidates(tokens[0]))
            {
                var analysed = Analyse(candidate);
                if (analysed.Count == 1 && analysed[0] != tokens[0] && InText(analysed) && !forms.Any(f => f[0] == analysed[0]))
                {
                    forms.Add(analysed);
                }
            }

            var whole = typed?.Trim().ToLowerInvariant() is { Length: > 0 } written && written.All(char.IsLetter) ? written : tokens[0];
            foreach (var split in WordForms.Splits(whole))
            {
                AddForm([.. split.SkipLast(1), .. Analyse(split[^1])]);
            }
        }
        else if (tokens.Count == 2)
        {
            AddForm(Analyse(string.Concat(tokens)));
            if (typed is not null && typed.Contains('-', StringComparison.Ordinal))
            {
                AddForm(Analyse(typed.Replace("-", string.Empty, StringComparison.Ordinal)));
            }
        }

        return [.. forms.Take(MaxForms)];
    }

    private bool InText(IReadOnlyList<string> tokens) =>
        Terms is not null && tokens.All(t => Terms.DocFreq(new Term(PassageFields.Text, t)) > 0);

    private bool IsFunctionWord(string word)
    {
        var tokens = Analyse(word);
        return tokens.Count > 0 && (FunctionWords.Contains(word.Trim().ToLowerInvariant()) || tokens.All(FunctionWords.Contains));
    }

    private static bool Aligned(SynonymMatch match, List<int> firstTokenOfWord, int tokenCount)
    {
        var end = match.Start + match.Length;
        return firstTokenOfWord.Contains(match.Start) && (end == tokenCount || firstTokenOfWord.Contains(end));
    }

    // Typed words need not be adjacent ("care leavers placements"), but a glossary form found among them
    // also matches as any of its equivalent phrases; the exact phrase adds to the score when the words are adjacent.
    private LuceneQuery SynonymClause(List<IReadOnlyList<string>> words, List<string> form, SynonymMatch match, List<IReadOnlyList<string>> marks)
    {
        // The glossary's forms name one thing: a passage that writes it two ways ("supervision and management oversight")
        // is not twice as relevant, so the best form counts, not their sum (a sum ranked such passages above those that
        // say more about the thing itself). The weights depend on the query alone, so scores are the same with or without
        // the reader.
        var forms = new DisjunctionMaxQuery(SynonymTieBreaker) { Marked(form, 1f, marks) };
        foreach (var alternative in match.Alternatives.Where(a => !a.SequenceEqual(form, StringComparer.Ordinal)))
        {
            forms.Add(Marked(alternative, SynonymBoost, marks));
        }

        if (words.Count <= 1)
        {
            return forms;
        }

        var content = words.Where(w => !(w.Count == 1 && FunctionWords.Contains(w[0]))).ToList();
        var all = new BooleanQuery();
        if (_share < 1.0 && content.Count > 1)
        {
            all.MinimumNumberShouldMatch = Math.Max(1, (int)Math.Ceiling(content.Count * _share));
        }

        foreach (var tokens in content)
        {
            all.Add(WordClause(tokens, marks), all.MinimumNumberShouldMatch > 0 ? Occur.SHOULD : Occur.MUST);
        }

        _extraWords += Math.Max(0, content.Count - 1);
        return new BooleanQuery { { all, Occur.SHOULD }, { forms, Occur.SHOULD } };
    }

    private LuceneQuery? CompileVariants(IReadOnlyList<string> tokens, List<IReadOnlyList<string>> marks)
    {
        if (tokens.Count == 0)
        {
            return null;
        }

        var variants = Expand(tokens);
        if (variants.Count == 1)
        {
            return Marked(tokens, 1f, marks);
        }

        var any = new BooleanQuery();
        foreach (var variant in variants)
        {
            any.Add(Marked(variant, variant.SequenceEqual(tokens, StringComparer.Ordinal) ? 1f : SynonymBoost, marks), Occur.SHOULD);
        }

        return any;
    }

    /// <summary>A phrase and every phrase made by swapping its glossary forms for their equivalents ("LAC placements" gives "looked after children placements").</summary>
    private List<IReadOnlyList<string>> Expand(IReadOnlyList<string> tokens)
    {
        var variants = new List<List<string>> { new() };
        var next = 0;
        foreach (var match in synonyms.Match(tokens))
        {
            variants = Append(variants, [tokens.Skip(next).Take(match.Start - next).ToList()]);
            variants = Append(variants, match.Alternatives.Select(a => a.ToList()).ToList());
            next = match.Start + match.Length;
        }

        variants = Append(variants, [tokens.Skip(next).ToList()]);
        var original = variants.FindIndex(v => v.SequenceEqual(tokens, StringComparer.Ordinal));
        if (original > 0)
        {
            (variants[0], variants[original]) = (variants[original], variants[0]);
        }

        return variants.Where(v => v.Count > 0).Cast<IReadOnlyList<string>>().ToList();
    }

    private static List<List<string>> Append(List<List<string>> prefixes, List<List<string>> suffixes)
    {
        var combined = new List<List<string>>();
        foreach (var prefix in prefixes)
        {
            foreach (var suffix in suffixes)
            {
                if (combined.Count < MaxPhraseVariants)
                {
                    combined.Add([.. prefix, .. suffix]);
                }
            }
        }

        return combined;
    }

    private DisjunctionMaxQuery Marked(IReadOnlyList<string> tokens, float boost, List<IReadOnlyList<string>> marks)
    {
        marks.Add(tokens);
        return FieldQuery(tokens, boost);
    }

    private DisjunctionMaxQuery FieldQuery(IReadOnlyList<string> tokens, float boost, bool withOrganisation = true)
    {
        var best = new DisjunctionMaxQuery(0.1f) { Boost = boost };
        foreach (var (field, fieldBoost) in TextFields.Where(f => withOrganisation || f.Field != PassageFields.OrganisationText))
        {
            // With nothing to match anywhere, the text field alone stands in: it matches nothing, cheaply.
            if (reader is not null && SkipsAbsentFields && !Holds(field, tokens) && (field != PassageFields.Text || TextFields.Any(f => Holds(f.Field, tokens))))
            {
                continue;
            }

            LuceneQuery query;
            if (tokens.Count == 1)
            {
                query = new TermQuery(new Term(field, tokens[0]));
            }
            else
            {
                var phrase = new PhraseQuery();
                foreach (var token in tokens)
                {
                    phrase.Add(new Term(field, token));
                }

                query = phrase;
            }

            query.Boost = fieldBoost;
            best.Add(query);
        }

        return best;
    }

    private bool Holds(string field, IReadOnlyList<string> tokens) =>
        Terms is null || tokens.All(token => Terms.DocFreq(new Term(field, token)) > 0);

    private IReadOnlyList<string> Analyse(string text) => TextAnalysis.Terms(analyzer, text);
}
