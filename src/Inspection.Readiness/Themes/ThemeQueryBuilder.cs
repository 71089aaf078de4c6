using System.Globalization;
using System.Text;
using Inspection.Readiness.Frameworks;
using Inspection.Search.Analysis;
using Inspection.Search.Indexing;
using Inspection.Search.Query;
using Lucene.Net.Index;
using Lucene.Net.Search;
using LuceneQuery = Lucene.Net.Search.Query;

namespace Inspection.Readiness.Themes;

/// <summary>
/// Compiles themes into one Lucene query through the search library's compiler: each key phrase is a quoted phrase
/// expanded through the glossary and boosted by its weight, the theme's own query is added, and passages tagged with the
/// theme count too; any one of them is enough (SHOULD, minimum one), and only allowed classifications match.
/// </summary>
public sealed class ThemeQueryBuilder(InspectionAnalyzer analyzer, GlossaryProvider glossary)
{
    // Hand tagging is a person's judgement that the document is about the theme; it ranks below a phrase match inside it.
    private const float TagBoost = 0.5f;

    /// <summary>The glossary the next compilation uses; caches of compiled matches key on it.</summary>
    public GlossarySynonyms Glossary => glossary.Current;

    /// <summary>One query matching any of the themes; null when they have nothing to match on.</summary>
    public CompiledQuery? Compile(IReadOnlyList<ThemeDefinition> themes, IReadOnlyCollection<string> allowedClassifications)
    {
        ArgumentNullException.ThrowIfNull(themes);
        ArgumentNullException.ThrowIfNull(allowedClassifications);
        var compiler = new QueryCompiler(analyzer, glossary.Current);
        var any = new BooleanQuery { MinimumNumberShouldMatch = 1 };
        var marks = new List<IReadOnlyList<string>>();
        foreach (var theme in themes)
        {
            // One compilation per weight keeps the query small: most themes use one or two weights.
            foreach (var group in theme.KeyPhrases.Where(p => !string.IsNullOrWhiteSpace(p.Text)).GroupBy(p => p.Weight))
            {
                var clause = new QueryClause([.. group.Select(p => new QueryText(p.Text.Replace("\"", "", StringComparison.Ordinal), IsPhrase: true))]);
                // The security clause is applied once below, around all of them.
                var compiled = compiler.Compile(new ParsedQuery([clause], [], QueryFilters.None, []), allowedClassifications, trimClassifications: false);
                if (compiled.HasText)
                {
                    compiled.Query.Boost = group.Key;
                    any.Add(compiled.Query, Occur.SHOULD);
                    marks.AddRange(compiled.MarkSequences);
                }
            }

            if (!string.IsNullOrWhiteSpace(theme.Query))
            {
                var compiled = compiler.Compile(SearchQueryParser.Parse(theme.Query), allowedClassifications, trimClassifications: false);
                // A query of filters only would match everything of a kind: that is not evidence of a theme.
                if (compiled.HasText)
                {
                    any.Add(compiled.Query, Occur.SHOULD);
                    marks.AddRange(compiled.MarkSequences);
                }
            }

            any.Add(new ConstantScoreQuery(TagQuery(theme.Id)) { Boost = TagBoost }, Occur.SHOULD);
        }

        if (any.Clauses.Count == 0)
        {
            return null;
        }

        var query = new BooleanQuery
        {
            { any, Occur.MUST },
            { new ConstantScoreQuery(QueryCompiler.ClassificationQuery(allowedClassifications)) { Boost = 0f }, Occur.MUST },
        };
        return new CompiledQuery(query, marks, any.Clauses.Count, HasText: true);
    }

    /// <summary>A key that changes whenever anything the compiled query depends on changes (phrases, weights, query, classifications).</summary>
    public static string Fingerprint(IReadOnlyList<ThemeDefinition> themes, IReadOnlyCollection<string> allowedClassifications)
    {
        ArgumentNullException.ThrowIfNull(themes);
        ArgumentNullException.ThrowIfNull(allowedClassifications);
        var key = new StringBuilder();
        key.AppendJoin(',', allowedClassifications.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        foreach (var theme in themes)
        {
            key.Append('\u001e').Append(theme.Id).Append('\u001f').Append(theme.Query);
            foreach (var phrase in theme.KeyPhrases)
            {
                key.Append('\u001f').Append(phrase.Text).Append('^').Append(phrase.Weight.ToString("R", CultureInfo.InvariantCulture));
            }
        }

        return key.ToString();
    }

    private static BooleanQuery TagQuery(string themeId)
    {
        // Same key as the index's theme filter: trimmed, lower case, sub-themes by prefix.
        var key = themeId.Trim().Trim('/').ToLowerInvariant();
        return new BooleanQuery
        {
            { new TermQuery(new Term(PassageFields.ThemeKeys, key)), Occur.SHOULD },
            { new PrefixQuery(new Term(PassageFields.ThemeKeys, key + "/")), Occur.SHOULD },
        };
    }
}
