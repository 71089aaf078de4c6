using Inspection.Readiness.Frameworks;
using Lucene.Net.Search;

namespace Inspection.Readiness.Themes;

/// <summary>One consistent view of the index for matching themes: doc ids, facts and matches all belong to the same reader.</summary>
public sealed class ThemeSnapshot
{
    private readonly ThemeMatcher _matcher;

    internal ThemeSnapshot(ThemeMatcher matcher, IndexSearcher searcher, ThemeMatcher.ReaderCache cache)
    {
        _matcher = matcher;
        Searcher = searcher;
        Cache = cache;
    }

    public IndexSearcher Searcher { get; }

    public long ReaderVersion => Cache.ReaderVersion;

    public PassageFacts Facts => Cache.Facts;

    internal ThemeMatcher.ReaderCache Cache { get; }

    /// <summary>The passages a theme matches: its own key phrases, query and tags, and those of all its sub-themes.</summary>
    public ThemeMatches Match(FrameworkDefinition framework, string themeId, IReadOnlyCollection<string> allowedClassifications) =>
        _matcher.Match(this, framework, themeId, allowedClassifications);
}
