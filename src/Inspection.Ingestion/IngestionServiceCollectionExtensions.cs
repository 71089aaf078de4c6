using Inspection.Ingestion.Cleaning;
using Inspection.Ingestion.Docx;
using Inspection.Ingestion.Extraction;
using Inspection.Ingestion.Formats;
using Inspection.Ingestion.Enrichment;
using Inspection.Ingestion.Html;
using Inspection.Ingestion.Ocr;
using Inspection.Ingestion.Pdf;
using Inspection.Ingestion.Pipeline;
using Inspection.Ingestion.Segmentation;
using Inspection.Ingestion.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Inspection.Ingestion;

/// <summary>Registers the ingestion services that Web and Cli share.</summary>
public static class IngestionServiceCollectionExtensions
{
    public static IServiceCollection AddInspectionIngestion(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        AddExtraction(services);
        services.AddInspectionEnrichment();
        services.AddInspectionSegmentation();
        services.TryAddScoped<IEvidenceIngester, EvidenceIngester>();
        services.TryAddSingleton<IngestionJobRunner>();
        return services;
    }

    internal static void AddExtraction(IServiceCollection services)
    {
        services.AddOptions<IngestionOptions>()
            .BindConfiguration(IngestionOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddOptions<OcrOptions>()
            .BindConfiguration(OcrOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<ITextRecogniser, TesseractRecogniser>();

        services.TryAddSingleton<IFileFormatDetector, FileFormatDetector>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBlockExtractor, PdfBlockExtractor>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBlockExtractor, HtmlBlockExtractor>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBlockExtractor, DocxBlockExtractor>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBlockExtractor, TextBlockExtractor>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBlockExtractor, MarkdownBlockExtractor>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBlockExtractor, ImageBlockExtractor>());

        // Order matters: characters, line joins and whitespace first, then whole-block removals, then cross-page merges.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBlockCleaner, CharacterNormaliser>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBlockCleaner, HyphenationJoiner>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBlockCleaner, WhitespaceCollapser>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBlockCleaner, PageNumberRemover>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBlockCleaner, FaxHeaderRemover>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBlockCleaner, EmailNoticeRemover>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBlockCleaner, BlankPageNoticeRemover>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBlockCleaner, RunningHeaderFooterRemover>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBlockCleaner, SheetRunningHeaderRemover>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBlockCleaner, PageBreakParagraphMerger>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBlockCleaner, AgendaItemHeadings>());
        services.TryAddSingleton<BlockCleaningPipeline>();
        services.TryAddSingleton<IDocumentExtractor, DocumentExtractor>();
    }
}
