using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Inspection.Ingestion.Extraction;
using Inspection.Ingestion.Formats;

namespace Inspection.Ingestion.Html;

/// <summary>Extracts the main content of an HTML page with AngleSharp (no scripting): headings, paragraphs, list items, table rows.</summary>
public sealed class HtmlBlockExtractor : IBlockExtractor
{
    public FileFormat Format => FileFormat.Html;

    public ExtractedDocument Extract(string fileName, Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);

        // AngleSharp has no script engine unless one is registered; scripting off also makes <noscript> inert text we skip.
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false, IsNotConsumingCharacterReferences = false });
        using var document = parser.ParseDocument(content);
        cancellationToken.ThrowIfCancellationRequested();

        var root = MainContent(document);
        var blocks = root is null ? [] : new HtmlBlockWalker(skipPageChrome: root is IHtmlElement { LocalName: "body" }).Walk(root, cancellationToken);
        return new ExtractedDocument(fileName, FileFormat.Html, 1, blocks, Title(document, blocks));
    }

    private static IElement? MainContent(IHtmlDocument document)
    {
        var main = document.QuerySelector("main") ?? document.QuerySelector("[role=main]");
        if (main is not null)
        {
            return main;
        }

        var articles = document.QuerySelectorAll("article");
        return articles.Length == 1 ? articles[0] : document.Body;
    }

    private static string? Title(IHtmlDocument document, IReadOnlyList<Block> blocks)
    {
        var title = HtmlBlockWalker.Squash(document.Title ?? "");
        if (title.Length > 0)
        {
            return title;
        }

        return blocks.FirstOrDefault(b => b.Kind == BlockKind.Heading && b.HeadingLevel == 1)?.Text;
    }
}
