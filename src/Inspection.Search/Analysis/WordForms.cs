namespace Inspection.Search.Analysis;

/// <summary>
/// Derivational relatives of a word that the light stemmer keeps apart: moderation / moderate, preparation / prepare, electively / elective,
/// inclusion / include / inclusive, assessment / assess, attendance / attend, absence / absent, supervision / supervise,
/// the "-ing" nouns the stemmer keeps whole and their verbs: meeting / meet, planning / plan, funding / fund, and the
/// past forms it keeps whole because its dictionary lists them as words of their own: received / receive, planned / plan.
/// Candidates only: the query compiler analyses each and keeps those the index holds. Rules are suffix pairs with a
/// minimum stem length, and words whose apparent relative means something else (placement / place, statement / state,
/// department / depart) are never joined; nothing relates care to career or general to generation.
/// </summary>
public static class WordForms
{
    private const int MinimumWord = 5;
    private const int MinimumStem = 6;
    // "meet" and "plan" are shorter than other derivations' stems; shorter still ("set", "ring") is too ambiguous.
    private const int MinimumVerb = 4;

    // "-ment" words whose stem is another word, not their verb.
    private static readonly HashSet<string> NotDerived = new(StringComparer.Ordinal)
    {
        "placement", "statement", "department", "apartment", "moment", "element", "segment", "garment", "basement",
        "supplement", "complement", "compartment", "comment", "document", "payment", "allowance", "conference",
        "sentence", "station", "ration", "nation", "mission", "version", "pension", "session", "passion", "occasion",
        // "-ing" words that are not the verb's noun, or name another thing than the verb or noun they look like.
        "evening", "morning", "during", "thing", "nothing", "something", "anything", "everything", "string", "spring",
        "ceiling", "sibling", "wedding", "setting", "hearing", "housing", "bring", "king", "ring", "wing", "sing",
    };

    /// <summary>Possible relatives of an analysed (lower-case, stemmed) word, most likely first; may include words no index holds.</summary>
    public static IReadOnlyList<string> Candidates(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var forms = new List<string>();
        if (word.Length < MinimumVerb || NotDerived.Contains(word) || !word.All(char.IsLetter))
        {
            return forms;
        }

        if (word.EndsWith("ing", StringComparison.Ordinal) && word.Length - 3 >= MinimumVerb)
        {
            // meeting -> meet, preparing -> prepare, planning -> plan.
            var verb = word[..^3];
            forms.Add(verb);
            forms.Add(verb + "e");
            if (verb[^1] == verb[^2] && !IsVowel(verb[^1]))
            {
                forms.Add(verb[..^1]);
            }

            return Kept(word, forms);
        }

        if (word.EndsWith("ed", StringComparison.Ordinal) && word.Length - 2 >= MinimumVerb)
        {
            // received -> receive, planned -> plan, applied -> apply, needed -> need.
            var verb = word[..^2];
            forms.Add(verb + "e");
            forms.Add(verb);
            if (verb[^1] == verb[^2] && !IsVowel(verb[^1]))
            {
                forms.Add(verb[..^1]);
            }

            if (verb.EndsWith('i'))
            {
                forms.Add(verb[..^1] + "y");
            }

            return Kept(word, forms);
        }

        if (word.Length < MinimumWord)
        {
            AddGerunds(forms, word);
            AddPast(forms, word);
            return Kept(word, forms);
        }

        if (word.Length >= 7 && Strip(word, "ly") is { } ly)
        {
            AddStem(forms, ly);
        }
        else if (Strip(word, "ation") is { } ation)
        {
            forms.Add(ation + "ate");
            forms.Add(ation + "e");
            AddStem(forms, ation);
        }
        else if (Strip(word, "sion") is { } sion)
        {
            forms.Add(sion + "de");
            forms.Add(sion + "se");
            forms.Add(sion + "sive");
        }
        else if (Strip(word, "sive") is { } sive)
        {
            forms.Add(sive + "sion");
            forms.Add(sive + "de");
        }
        else if (Strip(word, "tion") is { } tion)
        {
            forms.Add(tion + "te");
            AddStem(forms, tion + "t");
        }
        else if (Strip(word, "ment") is { } ment)
        {
            AddStem(forms, ment);
        }
        else if (Strip(word, "ance") is { } ance)
        {
            AddStem(forms, ance);
            forms.Add(ance + "e");
            forms.Add(ance + "ant");
        }
        else if (Strip(word, "ence") is { } ence)
        {
            forms.Add(ence + "ent");
            AddStem(forms, ence);
        }
        else
        {
            // A base word: its nouns and adjectives.
            if (word.EndsWith("ate", StringComparison.Ordinal))
            {
                forms.Add(word[..^3] + "ation");
            }
            else if (word.EndsWith('e'))
            {
                forms.Add(word[..^1] + "ation");
                if (word.EndsWith("de", StringComparison.Ordinal) || word.EndsWith("se", StringComparison.Ordinal))
                {
                    forms.Add(word[..^2] + "sion");
                    forms.Add(word[..^2] + "sive");
                }
            }
            else
            {
                forms.Add(word + "ation");
                forms.Add(word + "ance");
            }

            if (word.EndsWith("ent", StringComparison.Ordinal))
            {
                forms.Add(word[..^1] + "ce");
            }

            forms.Add(word + "ment");
            forms.Add(word + "ly");
            AddGerunds(forms, word);
            AddPast(forms, word);
        }

        return Kept(word, forms);
    }

    private static string[] Kept(string word, List<string> forms) =>
        [.. forms.Where(f => f != word && !NotDerived.Contains(f)).Distinct(StringComparer.Ordinal)];

    // meet -> meeting, prepare -> preparing, plan -> planning (a short word ending consonant, vowel, consonant doubles).
    private static void AddGerunds(List<string> forms, string word)
    {
        if (word.EndsWith('e') && !word.EndsWith("ee", StringComparison.Ordinal))
        {
            forms.Add(word[..^1] + "ing");
            return;
        }

        forms.Add(word + "ing");
        if (word.Length <= 5 && !IsVowel(word[^1]) && word[^1] is not ('w' or 'x' or 'y') && IsVowel(word[^2]) && !IsVowel(word[^3]))
        {
            forms.Add(word + word[^1] + "ing");
        }
    }

    // receive -> received, plan -> planned, apply -> applied: last, as the weakest of a word's relatives.
    private static void AddPast(List<string> forms, string word)
    {
        if (word.EndsWith('e'))
        {
            forms.Add(word + "d");
            return;
        }

        if (word.EndsWith('y') && !IsVowel(word[^2]))
        {
            forms.Add(word[..^1] + "ied");
            return;
        }

        forms.Add(word + "ed");
        if (word.Length <= 5 && !IsVowel(word[^1]) && word[^1] is not ('w' or 'x' or 'y') && IsVowel(word[^2]) && !IsVowel(word[^3]))
        {
            forms.Add(word + word[^1] + "ed");
        }
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>
    /// Ways to write a closed compound with a hyphen or a space: "coproduction" as "co production", "wellbeing" as
    /// "well being". Only after a short list of prefixes, so that "another" is not read as "an other".
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> Splits(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return [.. Prefixes
            .Where(p => word.Length >= p.Length + 4 && word.StartsWith(p, StringComparison.Ordinal))
            .Select(p => (IReadOnlyList<string>)[p, word[p.Length..]])];
    }

    private static readonly string[] Prefixes =
    [
        "co", "re", "pre", "post", "non", "multi", "inter", "sub", "self", "step", "well", "cross", "under", "over", "after", "out", "semi", "anti",
    ];

    private static string? Strip(string word, string suffix) =>
        word.Length > suffix.Length + 2 && word.EndsWith(suffix, StringComparison.Ordinal) ? word[..^suffix.Length] : null;

    private static void AddStem(List<string> forms, string stem)
    {
        if (stem.Length >= MinimumStem)
        {
            forms.Add(stem);
        }
    }
}
