using System.Globalization;
using Inspection.Ingestion.Cleaning;
using Inspection.Ingestion.Formats;
using Microsoft.Extensions.Options;

namespace Inspection.Ingestion.Extraction;

/// <summary>Detects the format, enforces size and time limits, runs the format's extractor and then the cleaning steps.</summary>
public sealed class DocumentExtractor(
    IFileFormatDetector detector,
    IEnumerable<IBlockExtractor> extractors,
    BlockCleaningPipeline cleaning,
    IOptions<IngestionOptions> options) : IDocumentExtractor
{
    private readonly IngestionOptions _options = options.Value;
    private readonly Dictionary<FileFormat, IBlockExtractor> _extractors = extractors.ToDictionary(e => e.Format);

    public ExtractedDocument Extract(string filePath, CancellationToken cancellationToken)
    {
        var info = new FileInfo(filePath);
        if (!info.Exists)
        {
            throw new IngestionException(filePath, "the file does not exist");
        }

        CheckSize(filePath, info.Length);

        // Parsers seek a lot; reading the (size-limited) file once is faster than many small file reads.
        using var content = new MemoryStream(File.ReadAllBytes(filePath), writable: false);
        return Run(filePath, content, cancellationToken);
    }

    public ExtractedDocument Extract(string fileName, Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.CanSeek)
        {
            CheckSize(fileName, content.Length - content.Position);
            if (content.Position == 0)
            {
                return Run(fileName, content, cancellationToken);
            }
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = content.Read(chunk)) > 0)
        {
            buffer.Write(chunk, 0, read);
            CheckSize(fileName, buffer.Length);
        }

        buffer.Position = 0;
        return Run(fileName, buffer, cancellationToken);
    }

    private void CheckSize(string fileName, long length)
    {
        if (length > _options.MaxFileBytes)
        {
            throw new IngestionException(fileName, $"the file is {ByteSize.Format(length)}; the limit is {ByteSize.Format(_options.MaxFileBytes)}");
        }
    }

    private ExtractedDocument Run(string fileName, Stream content, CancellationToken cancellationToken)
    {
        var format = detector.Detect(fileName, content);
        if (!_extractors.TryGetValue(format, out var extractor))
        {
            throw new IngestionException(fileName, $"no extractor is registered for {format}");
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(_options.DocumentTimeoutSeconds));
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            var document = extractor.Extract(Path.GetFileName(fileName), content, linked.Token);
            var marking = ProtectiveMarking.Higher(document.ProtectiveMarking, ProtectiveMarking.Detect(document.Blocks));
            var cleaned = cleaning.Clean(document, linked.Token);
            return cleaned with { ProtectiveMarking = marking, PageFurniture = PageFurniture.Removed(document.Blocks, cleaned.Blocks) };
        }
        catch (IngestionException ex) when (!string.Equals(ex.FilePath, fileName, StringComparison.Ordinal))
        {
            // Extractors only know the name; callers get the full path they passed in, with the library's exception kept.
            throw new IngestionException(fileName, ex.Reason, ex.InnerException);
        }
        catch (OperationCanceledException ex) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new IngestionException(
                fileName,
                string.Create(CultureInfo.InvariantCulture, $"extraction took longer than {_options.DocumentTimeoutSeconds} s"),
                ex);
        }
    }
}
