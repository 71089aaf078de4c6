using System.Text.RegularExpressions;
using Lucene.Net.Analysis;

namespace Inspection.Search.Analysis;

/// <summary>The glossary as analysed token sequences, matched longest-first against query tokens; every form of a term expands to all the others.</summary>
/// <remarks>
/// Why not Lucene's SynonymFilter: the index is analysed plainly and synonyms are expanded only at query time.
/// A SynonymFilter emits multi-word synonyms as stacked tokens whose position lengths the query side ignores,
/// so "LAC" would become a sloppy mix of "looked", "after", "children" and "children in care" would not find "LAC".
/// Matching whole token sequences here and turning every equivalent form into its own phrase query keeps
/// multi-word forms exact in both directions, and editing the glossary needs no reindex.
/// </remarks>
public sealed partial class GlossarySynonyms
{
    private readonly Dictionary<string, List<IReadOnlyList<string>>> _equivalents;
    private readonly int _longest;

    private GlossarySynonyms(Dictionary<string, List<IReadOnlyList<string>>> equivalents, int longest)
    {
        _equivalents = equivalents;
        _longest = longest;
    }

    public static GlossarySynonyms Empty { get; } = new([], 0);

    public int Count => _equivalents.Count;

    public static GlossarySynonyms Build(Glossary glossary, Analyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(glossary);
        ArgumentNullException.ThrowIfNull(analyzer);
        var equivalents = new Dictionary<string, List<IReadOnlyList<string>>>(StringComparer.Ordinal);
        var longest = 0;
        foreach (var term in glossary.Terms)
        {
            // A hyphenated form is also written closed ("re-referral", "rereferral"; "multi-agency", "multiagency"): the
            // analyser parts the one and keeps the other whole, so each spelling is a form of its own. The closed ones
            // come last, as the rarer spellings: the first forms are the ones proximity is scored with.
            var written = term.Synonyms.Prepend(term.Term).ToList();
            var forms = written
                .Concat(written.Where(f => HyphenBetweenLetters().IsMatch(f)).Select(f => HyphenBetweenLetters().Replace(f, string.Empty)))
                .Select(f => (IReadOnlyList<string>)TextAnalysis.Terms(analyzer, f))
                .Where(f => f.Count > 0)
                .DistinctBy(Key, StringComparer.Ordinal)
                .ToList();
            foreach (var form in forms)
            {
                longest = Math.Max(longest, form.Count);
                // A form listed under two terms ("exploitation") takes the union, so no direction is lost.
                if (!equivalents.TryGetValue(Key(form), out var list))
                {
                    list = [];
                    equivalents[Key(form)] = list;
                }

                foreach (var other in forms)
                {
                    if (!list.Any(existing => Key(existing) == Key(other)))
                    {
                        list.Add(other);
                    }
                }
            }
        }

        return new GlossarySynonyms(equivalents, longest);
    }

    /// <summary>Finds glossary forms in a token sequence, longest match first, without overlaps.</summary>
    public IReadOnlyList<SynonymMatch> Match(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var matches = new List<SynonymMatch>();
        var i = 0;
        while (i < tokens.Count)
        {
            SynonymMatch? found = null;
            for (var length = Math.Min(_longest, tokens.Count - i); length > 0; length--)
            {
                var key = string.Join(' ', tokens.Skip(i).Take(length));
                if (_equivalents.TryGetValue(key, out var forms))
                {
                    found = new SynonymMatch(i, length, forms);
                    break;
                }
            }

            if (found is null)
            {
                i++;
            }
            else
            {
                matches.Add(found);
                i += found.Length;
            }
        }

        return matches;
    }

    private static string Key(IReadOnlyList<string> form) => string.Join(' ', form);

    [GeneratedRegex(@"(?<=\p{L})-(?=\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex HyphenBetweenLetters();
}
