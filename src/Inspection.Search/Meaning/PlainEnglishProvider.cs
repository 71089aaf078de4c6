using Inspection.Search.Analysis;

namespace Inspection.Search.Meaning;

/// <summary>
/// The plain-English layer: everyday words staff use, mapped to the sector's terms, read from a recipe file and reloaded
/// when it changes (an edit needs no restart). A query in everyday words gets the sector's terms added before meaning
/// search embeds it, so the model meets the words the evidence uses. No file means no layer.
/// </summary>
public sealed class PlainEnglishProvider
{
    // A few sector phrases help the model; many drown the query's own words.
    private const int MaxAdded = 4;
    private readonly string _path;
    private readonly InspectionAnalyzer _analyzer;
    private readonly Lock _lock = new();
    private DateTime _loadedWriteTimeUtc;
    private long _loadedLength = -1;
    private IReadOnlyList<(string[] Everyday, IReadOnlyList<string> Sector)> _current = [];

    public PlainEnglishProvider(string path, InspectionAnalyzer analyzer)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(analyzer);
        _path = Path.GetFullPath(path);
        _analyzer = analyzer;
    }

    public string FilePath => _path;

    /// <summary>The sector's terms for the everyday phrases the query contains, longest phrases first, none the query already has.</summary>
    public IReadOnlyList<string> SectorTerms(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var words = TextAnalysis.Terms(_analyzer, query);
        if (words.Length == 0)
        {
            return [];
        }

        var said = " " + string.Join(' ', words) + " ";
        // A phrase inside a longer one already matched ("mum" in "foster mum") says nothing more.
        var used = new bool[words.Length];
        var added = new List<string>();
        foreach (var (everyday, sector) in Current())
        {
            if (added.Count >= MaxAdded)
            {
                break;
            }

            var start = Find(words, everyday, used);
            if (start < 0)
            {
                continue;
            }

            Array.Fill(used, true, start, everyday.Length);
            foreach (var term in sector)
            {
                var analysed = " " + string.Join(' ', TextAnalysis.Terms(_analyzer, term)) + " ";
                if (added.Count < MaxAdded && !said.Contains(analysed, StringComparison.Ordinal) && !added.Contains(term, StringComparer.OrdinalIgnoreCase))
                {
                    added.Add(term);
                }
            }
        }

        return added;
    }

    /// <summary>The query with the sector's terms for its everyday phrases after it, or the query itself.</summary>
    public string Expand(string query)
    {
        var terms = SectorTerms(query);
        return terms.Count == 0 ? query : query + " (" + string.Join("; ", terms) + ")";
    }

    // The first place the phrase occurs over words no longer phrase has taken, or -1.
    private static int Find(string[] words, string[] phrase, bool[] used)
    {
        for (var start = 0; start + phrase.Length <= words.Length; start++)
        {
            if (words.AsSpan(start, phrase.Length).SequenceEqual(phrase) && !used.AsSpan(start, phrase.Length).Contains(true))
            {
                return start;
            }
        }

        return -1;
    }

    private IReadOnlyList<(string[] Everyday, IReadOnlyList<string> Sector)> Current()
    {
        var info = new FileInfo(_path);
        lock (_lock)
        {
            if (!info.Exists)
            {
                _current = [];
                _loadedLength = -1;
            }
            else if (info.LastWriteTimeUtc != _loadedWriteTimeUtc || info.Length != _loadedLength)
            {
                // Longest everyday phrase first: "moving in with a new family" says more than "family".
                _current = [.. PlainEnglishLoader.Load(_path)
                    .SelectMany(p => p.Everyday.Select(e => (Everyday: TextAnalysis.Terms(_analyzer, e), p.Sector)))
                    .Where(p => p.Everyday.Length > 0)
                    .OrderByDescending(p => p.Everyday.Length)];
                _loadedWriteTimeUtc = info.LastWriteTimeUtc;
                _loadedLength = info.Length;
            }

            return _current;
        }
    }
}
