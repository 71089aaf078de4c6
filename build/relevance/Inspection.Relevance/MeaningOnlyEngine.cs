using Inspection.Search.Meaning;
using Inspection.Search.Query;

namespace Inspection.Relevance;

/// <summary>
/// The meaning index alone: the passages nearest the query's words (filters taken out, the model's query instruction
/// added as the product adds it), among those the query's filters and the searcher permit. Shows what meaning search
/// brings before it is fused with the word matches.
/// </summary>
public sealed class MeaningOnlyEngine(MeaningIndex meaning, CorpusFilters filters) : IRankingEngine
{
    public string Name => "meaning alone";

    public async Task<IReadOnlyList<string>> RankAsync(JudgedQuery query, IReadOnlyList<string> allowed, int top, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var permitted = await filters.PermittedAsync(query, allowed, cancellationToken).ConfigureAwait(false);
        var words = string.Join(' ', SearchQueryParser.Parse(query.Query).Clauses.SelectMany(c => c.Alternatives).Select(a => a.Text));
        if (words.Length == 0)
        {
            return [];
        }

        return [.. meaning.Nearest(words, Math.Max(top, meaning.Vectors.Count), cancellationToken)
            .Select(n => n.PassageId)
            .Where(permitted.Contains)
            .Take(top)];
    }
}
