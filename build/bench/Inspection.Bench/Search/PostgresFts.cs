using System.Diagnostics;
using System.Globalization;
using Inspection.Bench.Corpus;
using Inspection.Content.Evidence;
using Npgsql;
using NpgsqlTypes;

namespace Inspection.Bench.Search;

/// <summary>
/// The comparison: PostgreSQL full-text search over the same passages, with to_tsvector('english', text) in a stored
/// generated column under a GIN index, ranked by ts_rank, top 10, with snippets by ts_headline as our hits carry.
/// </summary>
internal static class PostgresFts
{
    public static string Table(int size) => string.Create(CultureInfo.InvariantCulture, $"bench_passages_{size}");

    public static PhaseResult Load(PassageGenerator generator, int size, string connectionString)
    {
        var table = Table(size);
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        Execute(connection, $"DROP TABLE IF EXISTS {table}");
        Execute(connection, $"""
            CREATE TABLE {table} (
                passage_id text PRIMARY KEY,
                document_id text NOT NULL,
                kind text NOT NULL,
                doc_date date,
                organisation text,
                classification text NOT NULL,
                title text NOT NULL,
                heading_path text NOT NULL,
                text text NOT NULL,
                tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED)
            """);
        var clock = Stopwatch.StartNew();
        var generating = TimeSpan.Zero;
        var rows = 0;
        using (var import = connection.BeginBinaryImport(
            $"COPY {table} (passage_id, document_id, kind, doc_date, organisation, classification, title, heading_path, text) FROM STDIN (FORMAT BINARY)"))
        {
            using var source = generator.Documents(size).GetEnumerator();
            while (true)
            {
                var made = Stopwatch.GetTimestamp();
                if (!source.MoveNext())
                {
                    break;
                }

                generating += Stopwatch.GetElapsedTime(made);
                foreach (var p in source.Current)
                {
                    import.StartRow();
                    import.Write(p.PassageId, NpgsqlDbType.Text);
                    import.Write(p.DocumentId, NpgsqlDbType.Text);
                    import.Write(p.Kind, NpgsqlDbType.Text);
                    import.Write(p.DocumentDate!.Value, NpgsqlDbType.Date);
                    import.Write(p.Organisation!, NpgsqlDbType.Text);
                    import.Write(p.Classification, NpgsqlDbType.Text);
                    import.Write(p.Title, NpgsqlDbType.Text);
                    import.Write(p.HeadingPath, NpgsqlDbType.Text);
                    import.Write(p.Text, NpgsqlDbType.Text);
                    rows++;
                }
            }

            import.Complete();
        }

        var loadSeconds = (clock.Elapsed - generating).TotalSeconds;
        var indexClock = Stopwatch.StartNew();
        Execute(connection, "SET maintenance_work_mem = '1GB'");
        Execute(connection, $"CREATE INDEX {table}_tsv ON {table} USING GIN (tsv)");
        Execute(connection, $"CREATE INDEX {table}_kind ON {table} (kind)");
        Execute(connection, $"CREATE INDEX {table}_date ON {table} (doc_date)");
        Execute(connection, $"VACUUM ANALYZE {table}");
        var indexSeconds = indexClock.Elapsed.TotalSeconds;
        var bytes = Convert.ToDouble(Scalar(connection, $"SELECT pg_total_relation_size('{table}')"), CultureInfo.InvariantCulture);
        return new PhaseResult(loadSeconds + indexSeconds, rows, PhaseResult.PeakWorkingSet(), new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["loadSeconds"] = loadSeconds,
            ["indexSeconds"] = indexSeconds,
            ["tableBytes"] = bytes,
        });
    }

    public static QueryRun Query(int size, string connectionString)
    {
        var table = Table(size);
        var connections = new List<NpgsqlConnection>();
        try
        {
            var (single, dual, dualSeconds, _) = LatencyDriver.Run(QueryMix.All, _ =>
            {
                var connection = new NpgsqlConnection(connectionString);
                connection.Open();
                // JIT compilation costs more than it saves on queries of this size; OLTP deployments switch it off.
                Execute(connection, "SET jit = off");
                connections.Add(connection);
                return query => Run(connection, table, query);
            });
            return new QueryRun(single, dual, dualSeconds, PhaseResult.PeakWorkingSet());
        }
        finally
        {
            connections.ForEach(c => c.Dispose());
        }
    }

    private static int Run(NpgsqlConnection connection, string table, BenchQuery query)
    {
        var where = "tsv @@ q AND classification = ANY(@allowed)";
        if (query.Kind is not null)
        {
            where += " AND kind = @kind";
        }

        if (query.After is not null)
        {
            where += " AND doc_date >= @after";
        }

        var sql = $"""
            SELECT top.passage_id, top.title, ts_headline('english', top.text, top.q) AS snippet
            FROM (SELECT passage_id, title, text, q, ts_rank(tsv, q) AS rank
                  FROM {table}, {query.PgFunction}('english', @query) AS q
                  WHERE {where}
                  ORDER BY rank DESC LIMIT 10) AS top
            ORDER BY top.rank DESC
            """;
        using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("query", query.PgText);
        command.Parameters.AddWithValue("allowed", Classifications.All.ToArray());
        if (query.Kind is not null)
        {
            command.Parameters.AddWithValue("kind", query.Kind);
        }

        if (query.After is { } after)
        {
            command.Parameters.AddWithValue("after", after);
        }

        using var reader = command.ExecuteReader();
        var rows = 0;
        while (reader.Read())
        {
            rows += reader.GetString(2).Length > 0 ? 1 : 0;
        }

        return rows;
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        command.ExecuteNonQuery();
    }

    private static object? Scalar(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        return command.ExecuteScalar();
    }
}
