using Inspection.Ingestion.Extraction;

namespace Inspection.Ingestion.Cleaning;

/// <summary>One narrow cleaning step over a document's blocks; steps run in registration order and keep each block's page.</summary>
public interface IBlockCleaner
{
    IReadOnlyList<Block> Clean(IReadOnlyList<Block> blocks, int pageCount);
}
