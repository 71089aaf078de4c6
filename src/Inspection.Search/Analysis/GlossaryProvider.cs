using Lucene.Net.Analysis;

namespace Inspection.Search.Analysis;

/// <summary>Serves the glossary synonyms from the recipe file, reloading them when the file changes so that an edit needs no restart or reindex.</summary>
public sealed class GlossaryProvider
{
    private readonly string _path;
    private readonly Analyzer _analyzer;
    private readonly Lock _lock = new();
    private DateTime _loadedWriteTimeUtc;
    private long _loadedLength = -1;
    private GlossarySynonyms _current = GlossarySynonyms.Empty;

    public GlossaryProvider(string path, Analyzer analyzer)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(analyzer);
        _path = Path.GetFullPath(path);
        _analyzer = analyzer;
        if (!File.Exists(_path))
        {
            throw new FileNotFoundException($"{_path}: the glossary recipe does not exist", _path);
        }
    }

    public string FilePath => _path;

    public GlossarySynonyms Current
    {
        get
        {
            var info = new FileInfo(_path);
            lock (_lock)
            {
                // A stat per search is cheap; length guards against two edits within the file system's timestamp resolution.
                if (info.Exists && (info.LastWriteTimeUtc != _loadedWriteTimeUtc || info.Length != _loadedLength))
                {
                    _current = GlossarySynonyms.Build(GlossaryLoader.Load(_path), _analyzer);
                    _loadedWriteTimeUtc = info.LastWriteTimeUtc;
                    _loadedLength = info.Length;
                }

                return _current;
            }
        }
    }
}
