using Inspection.Search.Query;
using Npgsql;
using NpgsqlTypes;

namespace Inspection.Relevance;

/// <summary>
/// The second baseline: PostgreSQL's own full-text search over the same passages, as a council's developer would set it up
/// on the database they already run: one <c>tsvector</c> of title, headings and text with the built-in <c>english</c>
/// configuration (stop words, Snowball stems, no glossary), the query's words OR-ed (<c>plainto_tsquery</c>'s lexemes with
/// <c>|</c> for <c>&amp;</c>, since requiring every word finds nothing for most questions) and ranked by <c>ts_rank</c>.
/// Filters and trimming are applied exactly, as for plain BM25, so it is judged on ranking alone. The passages live in a
/// temporary table of one connection, gone when the harness ends.
/// </summary>
public sealed class PostgresFtsEngine : IRankingEngine, IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly CorpusFilters _filters;

    private PostgresFtsEngine(NpgsqlConnection connection, CorpusFilters filters)
    {
        _connection = connection;
        _filters = filters;
    }

    public string Name => "PostgreSQL FTS";

    public static async Task<PostgresFtsEngine> CreateAsync(string connectionString, RelevanceCorpus corpus, CorpusFilters filters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using (var create = new NpgsqlCommand("CREATE TEMPORARY TABLE relevance_passages (id text PRIMARY KEY, ord integer NOT NULL, body text NOT NULL, tsv tsvector)", connection))
            {
                await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await using (var import = await connection.BeginBinaryImportAsync("COPY relevance_passages (id, ord, body) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false))
            {
                // Ties in rank keep the corpus's order (as plain BM25's do), not the order of ids made afresh in each run.
                foreach (var (passage, ord) in corpus.Passages.Select((p, i) => (p, i)))
                {
                    await import.StartRowAsync(cancellationToken).ConfigureAwait(false);
                    await import.WriteAsync(passage.PassageId, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                    await import.WriteAsync(ord, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
                    await import.WriteAsync(string.Join('\n', passage.Title, passage.HeadingPath, passage.Text), NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                }

                await import.CompleteAsync(cancellationToken).ConfigureAwait(false);
            }

            await using (var vectors = new NpgsqlCommand("UPDATE relevance_passages SET tsv = to_tsvector('english', body); CREATE INDEX ON relevance_passages USING GIN (tsv); ANALYZE relevance_passages", connection))
            {
                await vectors.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            return new PostgresFtsEngine(connection, filters);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async Task<IReadOnlyList<string>> RankAsync(JudgedQuery query, IReadOnlyList<string> allowed, int top, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var permitted = await _filters.PermittedAsync(query, allowed, cancellationToken).ConfigureAwait(false);
        // The words typed, without the filters (type:, after:, theme: ...), which the permitted set applies.
        var words = string.Join(' ', SearchQueryParser.Parse(query.Query).Clauses.SelectMany(c => c.Alternatives).Select(a => a.Text));
        const string Sql = """
            WITH q AS (SELECT replace(plainto_tsquery('english', @words)::text, ' & ', ' | ')::tsquery AS query)
            SELECT p.id FROM relevance_passages p, q
            WHERE q.query <> ''::tsquery AND p.tsv @@ q.query AND p.id = ANY(@permitted)
            ORDER BY ts_rank(p.tsv, q.query) DESC, p.ord
            LIMIT @top
            """;
        await using var command = new NpgsqlCommand(Sql, _connection);
        command.Parameters.AddWithValue("words", words);
        command.Parameters.AddWithValue("permitted", permitted.ToArray());
        command.Parameters.AddWithValue("top", top);
        var ranked = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            ranked.Add(reader.GetString(0));
        }

        return ranked;
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
