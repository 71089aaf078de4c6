using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Inspection.Search.Analysis;

/// <summary>The one analyzer used for indexing, querying and snippets: standard tokens, English possessives, lower case, a light English stemmer (KStem).</summary>
public sealed class InspectionAnalyzer : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new EnglishPossessiveFilter(Version, tokenizer);
        stream = new LowerCaseFilter(Version, stream);
        // No stop filter on purpose: "not", "no" and "nor" carry verdicts ("has not made sufficient progress").
        // KStem is light and dictionary-checked: "EHCPs" meets "EHCP" and "weaknesses" meets "weakness"
        // (the minimal stemmer misses "-esses"), without Porter's over-stemming of acronyms and names.
        stream = new KStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
