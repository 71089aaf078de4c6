using Inspection.Ingestion.Extraction;

namespace Inspection.Ingestion.Zip;

/// <summary>What a ZIP-based file (Word .docx) may unpack to before it is rejected; taken from <see cref="IngestionOptions"/>.</summary>
public sealed record ZipLimits(long MaxUnpackedBytes, int MaxEntries, int MaxCompressionRatio, int MaxXmlDepth)
{
    /// <summary>Below this many unpacked bytes an entry is not judged by its ratio: tiny parts compress absurdly well.</summary>
    public const long RatioFloorBytes = 1024 * 1024;

    public static ZipLimits From(IngestionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new ZipLimits(options.MaxUnpackedBytes, options.MaxZipEntries, options.MaxCompressionRatio, options.MaxXmlDepth);
    }
}
