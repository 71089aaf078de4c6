using System.Globalization;

namespace Inspection.Relevance;

/// <summary>Reads <c>build/relevance/judgements.tsv</c>: group, split, query, relevant phrases, optional classifications.</summary>
public static class JudgementFile
{
    public static readonly IReadOnlyList<string> Groups = ["keyword", "acronym", "paraphrase", "question", "filtered", "typo"];

    public static IReadOnlyList<JudgedQuery> Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var queries = new List<JudgedQuery>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length is < 4 or > 5)
            {
                throw new InvalidDataException(Where(path, lineNumber, $"expected 4 or 5 tab-separated columns, found {columns.Length}"));
            }

            var group = columns[0].Trim();
            if (!Groups.Contains(group, StringComparer.Ordinal))
            {
                throw new InvalidDataException(Where(path, lineNumber, $"unknown group \"{group}\""));
            }

            var split = columns[1].Trim();
            if (split is not ("tune" or "held"))
            {
                throw new InvalidDataException(Where(path, lineNumber, $"split must be tune or held, not \"{split}\""));
            }

            var relevant = columns[3].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(p => p.StartsWith('*') ? new RelevantPhrase(p[1..].Trim(), 2) : new RelevantPhrase(p, 1))
                .ToList();
            if (!relevant.Any(r => r.Grade == 2))
            {
                throw new InvalidDataException(Where(path, lineNumber, "no passage is marked * as the best answer"));
            }

            IReadOnlyList<string>? allowed = columns.Length == 5 && !string.IsNullOrWhiteSpace(columns[4])
                ? columns[4].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                : null;
            queries.Add(new JudgedQuery(group, split == "held", columns[2].Trim(), relevant, allowed, lineNumber));
        }

        return queries;
    }

    private static string Where(string path, int line, string problem) =>
        string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(path)}:{line}: {problem}");
}
