using Inspection.Ingestion.Enrichment;
using Inspection.Ingestion.Extraction;

namespace Inspection.Ingestion.Segmentation;

/// <summary>
/// Tracks the open headings while walking a document. Numbered headings nest by numbering depth ("4." holds "4.7");
/// unnumbered ones by the extractor's heading level, and sit under a numbered heading of the same level
/// ("Key Findings" under "4.1 Area One").
/// </summary>
internal sealed class HeadingPath(string separator)
{
    private const int UnknownLevel = 2;
    private const int MaxHeadingLength = 160;

    private readonly List<(bool Numbered, int Depth, int Level, string Text)> _open = [];

    public string Current { get; private set; } = "";

    public void Enter(Block heading)
    {
        var text = BlockText.StripBullet(string.Join(' ', heading.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        if (text.Length > MaxHeadingLength)
        {
            text = text[..MaxHeadingLength].TrimEnd() + "…";
        }

        var depth = BlockText.NumberingDepth(text);
        var level = heading.HeadingLevel > 0 ? heading.HeadingLevel : UnknownLevel;
        while (_open.Count > 0 && Closes(_open[^1], depth, level))
        {
            _open.RemoveAt(_open.Count - 1);
        }

        _open.Add((depth > 0, depth, level, text));
        Current = string.Join(separator, _open.Select(h => h.Text));
    }

    private static bool Closes((bool Numbered, int Depth, int Level, string Text) open, int depth, int level) =>
        depth > 0
            ? (open.Numbered ? open.Depth >= depth : open.Level >= level)
            : (open.Numbered ? open.Level > level : open.Level >= level);
}
