using Inspection.Ingestion.Extraction;

namespace Inspection.Ingestion.Segmentation;

/// <summary>Cuts a document's blocks into searchable passages under their heading paths, never mid-sentence.</summary>
public interface IPassageSegmenter
{
    IReadOnlyList<PassageDraft> Segment(IReadOnlyList<Block> blocks);
}
