using Inspection.Ingestion.Extraction;

namespace Inspection.Ingestion.Cleaning;

/// <summary>Runs the registered <see cref="IBlockCleaner"/> steps in order over an extracted document.</summary>
public sealed class BlockCleaningPipeline(IEnumerable<IBlockCleaner> cleaners)
{
    private readonly IBlockCleaner[] _cleaners = [.. cleaners];

    /// <summary>The standard steps in the order they must run: characters, then line joins, then whole-block removals, then merges.</summary>
    public static IReadOnlyList<IBlockCleaner> DefaultCleaners() =>
    [
        new CharacterNormaliser(),
        new HyphenationJoiner(),
        new WhitespaceCollapser(),
        new PageNumberRemover(),
        new FaxHeaderRemover(),
        new EmailNoticeRemover(),
        new BlankPageNoticeRemover(),
        new RunningHeaderFooterRemover(),
        new SheetRunningHeaderRemover(),
        new PageBreakParagraphMerger(),
        new AgendaItemHeadings(),
    ];

    public ExtractedDocument Clean(ExtractedDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var blocks = document.Blocks;
        foreach (var cleaner in _cleaners)
        {
            cancellationToken.ThrowIfCancellationRequested();
            blocks = cleaner.Clean(blocks, document.PageCount);
        }

        return document with { Blocks = blocks };
    }
}
