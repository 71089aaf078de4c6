using Inspection.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using LuceneQuery = Lucene.Net.Search.Query;

namespace Inspection.Search.Query;

/// <summary>The filters of a query (kinds, themes, organisations, documents, dates) as one Lucene query, or null when there are none.</summary>
internal static class FilterQueries
{
    public static BooleanQuery? For(QueryFilters filters, Func<string, IReadOnlyList<string>> analyse)
    {
        if (filters.IsEmpty)
        {
            return null;
        }

        var all = new BooleanQuery();
        if (filters.Kinds.Count > 0)
        {
            all.Add(AnyOf(filters.Kinds.Select(k => (LuceneQuery)new TermQuery(new Term(PassageFields.Kind, k)))), Occur.MUST);
        }

        if (filters.Themes.Count > 0)
        {
            all.Add(AnyOf(filters.Themes.SelectMany(ThemeQueries)), Occur.MUST);
        }

        if (filters.Organisations.Count > 0)
        {
            all.Add(AnyOf(filters.Organisations.Select(analyse).Select(OrganisationQuery)), Occur.MUST);
        }

        if (filters.Documents.Count > 0)
        {
            all.Add(AnyOf(filters.Documents.Select(d => (LuceneQuery)new TermQuery(new Term(PassageFields.DocumentId, d)))), Occur.MUST);
        }

        if (filters.After is not null || filters.Before is not null)
        {
            all.Add(NumericRangeQuery.NewInt32Range(
                PassageFields.DateNumber,
                filters.After is { } after ? PassageDocumentBuilder.DateNumber(after) : null,
                filters.Before is { } before ? PassageDocumentBuilder.DateNumber(before) : null,
                minInclusive: true,
                maxInclusive: false), Occur.MUST);
        }

        return all;
    }

    private static IEnumerable<LuceneQuery> ThemeQueries(string theme)
    {
        var key = PassageDocumentBuilder.ThemeKey(theme);
        yield return new TermQuery(new Term(PassageFields.ThemeKeys, key));
        yield return new PrefixQuery(new Term(PassageFields.ThemeKeys, key + "/"));
    }

    private static LuceneQuery OrganisationQuery(IReadOnlyList<string> tokens)
    {
        if (tokens.Count == 1)
        {
            return new TermQuery(new Term(PassageFields.OrganisationText, tokens[0]));
        }

        var phrase = new PhraseQuery();
        foreach (var token in tokens)
        {
            phrase.Add(new Term(PassageFields.OrganisationText, token));
        }

        return phrase;
    }

    private static BooleanQuery AnyOf(IEnumerable<LuceneQuery> queries)
    {
        var any = new BooleanQuery();
        foreach (var query in queries)
        {
            any.Add(query, Occur.SHOULD);
        }

        return any;
    }
}
