using Inspection.Ingestion.Enrichment;
using Inspection.Ingestion.Extraction;
using Inspection.Ingestion.Segmentation;

namespace Inspection.Ingestion.Tests.Segmentation;

/// <summary>Every word of every block reaches the passages: body text in their text, a heading in a heading path or, when it was a line cut from a sentence, in the text.</summary>
internal static class NoWordLost
{
    public static void Check(IReadOnlyList<Block> blocks, IReadOnlyList<PassageDraft> passages)
    {
        static string Flat(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

        var body = blocks.Where(b => b.Kind != BlockKind.Heading).Sum(b => BlockText.WordCount(b.Text));
        var all = blocks.Sum(b => BlockText.WordCount(b.Text));
        var inPassages = passages.Sum(p => BlockText.WordCount(p.Text));
        Assert.InRange(inPassages, body, all);

        var texts = passages.Select(p => Flat(p.Text)).ToList();
        var paths = passages.SelectMany(p => p.HeadingPath.Split(" > ")).Select(Flat).ToHashSet(StringComparer.Ordinal);
        foreach (var heading in blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => Flat(BlockText.StripBullet(b.Text))))
        {
            Assert.True(
                paths.Any(p => p.StartsWith(heading.Length > 150 ? heading[..150] : heading, StringComparison.Ordinal)) || texts.Any(t => t.Contains(heading, StringComparison.Ordinal)),
                "heading lost: " + heading);
        }
    }
}
