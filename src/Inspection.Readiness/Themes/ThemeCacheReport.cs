namespace Inspection.Readiness.Themes;

/// <summary>
/// How the kept theme results beside the index compare with the index itself: files checked against a fresh search of
/// their segment, those that disagree or cannot be read, and files of segments the index no longer has.
/// </summary>
public sealed record ThemeCacheReport(int Segments, int Themes, int FilesChecked, int StaleFiles, IReadOnlyList<string> Wrong, IReadOnlyList<string> Unreadable);
