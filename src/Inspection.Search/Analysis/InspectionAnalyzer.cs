using Inspection.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Shingle;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Inspection.Search.Analysis;

/// <summary>
/// The one analyzer used for indexing, querying and snippets: standard tokens, English possessives, lower case, a light
/// English stemmer (KStem). The word-pairs field (<see cref="PassageFields.Pairs"/>) gets the same tokens joined in adjacent pairs.
/// </summary>
public sealed class InspectionAnalyzer : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    // Per field: the pairs field's chain differs, and a shared chain would be reused across fields.
    public InspectionAnalyzer()
        : base(PER_FIELD_REUSE_STRATEGY)
    {
    }

    /// <summary>The term of the pairs field for two adjacent analysed tokens ("child protection").</summary>
    public static string Pair(string first, string second) => first + " " + second;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new EnglishPossessiveFilter(Version, tokenizer);
        stream = new LowerCaseFilter(Version, stream);
        // No stop filter on purpose: "not", "no" and "nor" carry verdicts ("has not made sufficient progress").
        // KStem is light and dictionary-checked: "EHCPs" meets "EHCP" and "weaknesses" meets "weakness"
        // (the minimal stemmer misses "-esses"), without Porter's over-stemming of acronyms and names.
        stream = new KStemFilter(stream);
        if (string.Equals(fieldName, PassageFields.Pairs, StringComparison.Ordinal))
        {
            // Pairs only: single words are already in the text, title and heading fields.
            var pairs = new ShingleFilter(stream, 2, 2);
            pairs.SetOutputUnigrams(false);
            pairs.SetTokenSeparator(" ");
            stream = pairs;
        }

        return new TokenStreamComponents(tokenizer, stream);
    }
}
