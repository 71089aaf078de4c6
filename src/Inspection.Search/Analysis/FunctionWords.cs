namespace Inspection.Search.Analysis;

/// <summary>
/// English function and question words: a query does not need them to match ("what did Ofsted say about supervision"
/// is a search for supervision). Negations are deliberately absent: "not", "no", "nor" and "without" carry verdicts
/// ("has not made sufficient progress") and stay as meaningful as any other word.
/// </summary>
public static class FunctionWords
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "from", "with", "about", "as",
        "into", "onto", "over", "after", "before", "under", "between", "through", "during", "up", "out", "off", "per", "via",
        "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "done", "doing", "have", "has", "had",
        "having", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
        "it", "its", "this", "that", "these", "those", "there", "here", "what", "which", "who", "whom", "whose", "when",
        "where", "why", "how", "whether", "i", "me", "my", "we", "us", "our", "ours", "you", "your", "he", "him", "his",
        "she", "her", "they", "them", "their", "than", "then", "so", "if", "any", "all", "some", "such", "very", "just",
        "also", "too", "much", "many", "each", "every", "own", "say", "says", "said", "tell", "tells", "told", "mention",
        "mentions", "mentioned", "please", "show", "find", "give", "gave", "given", "anything", "something", "get", "got", "s",
        "against", "within", "across", "since", "among", "amongst", "towards", "toward", "around", "upon", "until", "whilst",
        "while", "because", "although", "though", "despite", "throughout", "along", "regarding", "vs", "versus",
        // "re:" as in a memo's subject line ("what did Ofsted say re: supervision"); "re" alone stays a word (RE, the subject).
        "re:",
    };

    // Two words that together only place a question in time ("what did Ofsted say last time about ..."): either word
    // alone can carry meaning ("waiting time", "the last resort", "most able"), so only the pair is left out.
    private static readonly HashSet<(string, string)> TimeFrames =
    [
        ("last", "time"), ("this", "time"), ("next", "time"), ("previous", "time"), ("most", "recent"), ("most", "recently"),
    ];

    // Everyday phrases that only frame a question ("is the forum up and running", "if the cuts go ahead", "what happens
    // if ..."): the evidence says "in place", "agreed" or "will", so requiring "running", "ahead" or "happens" would leave
    // the passages that answer as partial matches. Each word still counts outside its phrase ("running costs", "ahead of
    // the revisit", "go" alone), so only the phrase is left out.
    private static readonly HashSet<string> Go = ["go", "goes", "going", "went", "gone"];

    private static readonly HashSet<string> Happen = ["happen", "happens", "happened", "happening"];

    // Words that only ask for the newest of what the others find ("the latest RAG ratings").
    private static readonly HashSet<string> Latest = ["latest", "newest"];

    // "last" before one of these asks for the latest of them ("what did the last monitoring visit say"); before anything
    // else it may be a period ("last year") or a meaning of its own ("last resort"), and it stays a word to look for.
    private static readonly HashSet<string> LastOf = ["visit", "inspection", "letter", "report", "audit", "review", "monitoring", "focused", "ofsted", "self-evaluation"];

    // Words that ask what someone said, found or decided ("what did Ofsted say about ...", "inspectors' findings on ...").
    private static readonly HashSet<string> Saying =
    [
        "say", "says", "said", "tell", "tells", "told", "mention", "mentions", "mentioned", "find", "finds", "found", "finding",
        "findings", "think", "thinks", "thought", "view", "views", "judge", "judges", "judged", "judgement", "judgements",
        "judgment", "judgments", "conclude", "concluded", "conclusion", "conclusions", "recommend", "recommended",
        "recommendation", "recommendations", "comment", "comments", "commented", "feedback", "note", "noted", "identify",
        "identified", "highlight", "highlighted", "raise", "raised", "criticise", "criticised", "criticism", "praise",
        "praised", "report", "reported", "see", "saw", "seen", "verdict", "rated", "graded",
    ];

    private static readonly HashSet<string> QuestionWords = ["what", "when", "where", "why", "how", "who", "whom", "which", "whether"];

    /// <summary>True for a word a query may leave unmatched (compared without case).</summary>
    public static bool Contains(string word) => word is not null && Words.Contains(word);

    /// <summary>
    /// True for the word at <paramref name="index"/> when it is a function word, or half of a pair of words that only
    /// places the question in time ("last time", "most recent"); <paramref name="words"/> as typed.
    /// </summary>
    public static bool ContainsAt(IReadOnlyList<string> words, int index)
    {
        ArgumentNullException.ThrowIfNull(words);
        var word = Lower(words[index]);
        return Words.Contains(word)
            || Latest.Contains(word)
            || (word == "last" && index + 1 < words.Count && LastOf.Contains(Lower(words[index + 1])))
            || (index + 1 < words.Count && TimeFrames.Contains((word, Lower(words[index + 1]))))
            || (index > 0 && TimeFrames.Contains((Lower(words[index - 1]), word)))
            || InQuestionFrame(words, index, word);
    }

    // "up and running"; "go ahead" (either word); "what happens", "what will happen", "what has happened".
    private static bool InQuestionFrame(IReadOnlyList<string> words, int index, string word)
    {
        string At(int i) => i >= 0 && i < words.Count ? Lower(words[i]) : string.Empty;
        return (word == "running" && At(index - 1) == "and" && At(index - 2) == "up")
            || (word == "ahead" && Go.Contains(At(index - 1)))
            || (Go.Contains(word) && At(index + 1) == "ahead")
            || (Happen.Contains(word) && (At(index - 1) == "what" || (At(index - 2) == "what" && Words.Contains(At(index - 1)))));
    }

    /// <summary>
    /// True when the words ask for what was said, found or decided ("what did Ofsted find about ...", "inspectors' view
    /// of ..."), or ask no question at all ("ofsted supervision"); false for a question about something else that only
    /// names who said it ("how many documents were inspectors given", "when will we meet Ofsted").
    /// </summary>
    public static bool AsksWhatWasSaid(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var lower = words.Select(w => Lower(w).TrimEnd('?', '\'', '’')).ToList();
        return lower.Any(Saying.Contains) || !lower.Any(QuestionWords.Contains);
    }

    /// <summary>
    /// True when the words ask for the latest of what they find ("what did Ofsted say last time about ...", "the most
    /// recent audit of ...", "the latest RAG ratings", "what did the last monitoring visit say"): a time frame that looks
    /// back, "latest" or "newest", or "last" before a visit, an inspection or a piece of evidence.
    /// </summary>
    public static bool AsksLatest(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (words.Any(w => Latest.Contains(Lower(w))))
        {
            return true;
        }

        for (var i = 0; i + 1 < words.Count; i++)
        {
            var pair = (Lower(words[i]), Lower(words[i + 1]));
            if ((TimeFrames.Contains(pair) && pair.Item1 is "last" or "most") || (pair.Item1 == "last" && LastOf.Contains(pair.Item2)))
            {
                return true;
            }
        }

        return false;
    }

    private static string Lower(string word) => word.Trim().ToLowerInvariant();
}
