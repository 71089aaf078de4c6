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
        "while", "because", "although", "though", "despite", "throughout", "along",
    };

    /// <summary>True for a word a query may leave unmatched (compared without case).</summary>
    public static bool Contains(string word) => word is not null && Words.Contains(word);
}
