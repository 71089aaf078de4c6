using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Inspection.Search.Analysis;

/// <summary>Runs text through an analyzer and returns its tokens, so query building and snippets see exactly what the index saw.</summary>
public static class TextAnalysis
{
    public static IReadOnlyList<AnalyzedToken> Tokens(Analyzer analyzer, string text, string field = "text")
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        var tokens = new List<AnalyzedToken>();
        if (string.IsNullOrEmpty(text))
        {
            return tokens;
        }

        using var stream = analyzer.GetTokenStream(field, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(new AnalyzedToken(term.ToString(), offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return tokens;
    }

    public static string[] Terms(Analyzer analyzer, string text) =>
        Tokens(analyzer, text).Select(t => t.Term).ToArray();
}
