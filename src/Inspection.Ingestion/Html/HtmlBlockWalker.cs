using System.Text;
using AngleSharp.Dom;
using Inspection.Ingestion.Extraction;

namespace Inspection.Ingestion.Html;

/// <summary>Walks a DOM subtree without recursion, turning block elements into blocks and skipping chrome, scripts and hidden elements.</summary>
internal sealed class HtmlBlockWalker(bool skipPageChrome)
{
    // Hostile pages nest thousands of elements; below this depth content is ignored rather than walked.
    internal const int MaxDepth = 256;

    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "iframe", "form", "nav", "aside", "footer", "svg", "math", "object", "embed",
        "canvas", "video", "audio", "select", "button", "input", "textarea", "head", "title", "dialog",
    };

    private static readonly HashSet<string> ChromeRoles = new(StringComparer.Ordinal)
    {
        "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog",
    };

    // Whole class or id names of page chrome ("footer" alone, not "article-footer", which may carry a page's date).
    private static readonly HashSet<string> ChromeNames = new(StringComparer.Ordinal)
    {
        "footer", "site-footer", "global-footer", "site-header", "global-header", "masthead", "sidebar", "skip", "skip-link", "skiplink",
    };

    // Parts of a hyphenated name that mark chrome wherever they stand ("cookie-banner", "breadcrumbs", "mega-menu", "share-this").
    private static readonly HashSet<string> ChromeNameParts = new(StringComparer.Ordinal)
    {
        "cookie", "cookies", "consent", "breadcrumb", "breadcrumbs", "nav", "navbar", "navigation", "menu", "megamenu", "related",
        "share", "feedback",
    };

    private static readonly HashSet<string> BlockElements = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "main", "header", "blockquote", "pre", "ul", "ol", "dl", "dt", "dd", "table", "thead", "tbody",
        "tfoot", "caption", "figure", "figcaption", "address", "hr", "br", "details", "summary", "center", "fieldset", "legend",
    };

    private readonly List<Block> _blocks = [];
    private readonly StringBuilder _text = new();
    private readonly List<string> _cells = [];
    private readonly Stack<(IElement? Owner, BlockKind Kind, int Level)> _outerOwners = new();

    // Innermost structural context: a heading, list item or table row collects text until it closes.
    private IElement? _owner;
    private BlockKind _ownerKind = BlockKind.Paragraph;
    private int _ownerLevel;

    public IReadOnlyList<Block> Walk(IElement root, CancellationToken cancellationToken)
    {
        var stack = new Stack<(INode Node, int Depth, bool Exit)>();
        stack.Push((root, 0, false));
        var visited = 0;
        while (stack.Count > 0)
        {
            if (++visited % 2048 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var (node, depth, exit) = stack.Pop();
            if (node is IText textNode)
            {
                AppendText(textNode.Data);
                continue;
            }

            if (node is not IElement element)
            {
                continue;
            }

            if (exit)
            {
                Leave(element);
                continue;
            }

            if (depth > MaxDepth || (depth > 0 && IsSkipped(element)))
            {
                continue;
            }

            Enter(element);
            stack.Push((element, depth, true));
            for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
            {
                stack.Push((child, depth + 1, false));
            }
        }

        Flush();
        return _blocks;
    }

    internal static string Squash(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    private bool IsSkipped(IElement element)
    {
        var name = element.LocalName;
        if (Skipped.Contains(name) || (skipPageChrome && (name == "header" || IsChromeByName(element))))
        {
            return true;
        }

        if (element.HasAttribute("hidden") || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        if (style is null || style.Length > 4096)
        {
            return false;
        }

        var compact = style.Replace(" ", "", StringComparison.Ordinal);
        return compact.Contains("display:none", StringComparison.OrdinalIgnoreCase)
            || compact.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }

    // A page that marks no main content (a CMS's bare divs) still names its chrome: by ARIA role, or by the words of its class
    // and id ("cookie-banner", "breadcrumbs", "site-header", "mega-menu", "sidebar related", "site-footer").
    private static bool IsChromeByName(IElement element)
    {
        if (element.GetAttribute("role") is { } role && ChromeRoles.Contains(role.Trim().ToLowerInvariant()))
        {
            return true;
        }

        var names = (element.GetAttribute("class") ?? "") + " " + (element.GetAttribute("id") ?? "");
        if (names.Length > 1024)
        {
            return false;
        }

        foreach (var token in names.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var lower = token.ToLowerInvariant();
            if (ChromeNames.Contains(lower) || lower.Split('-', '_').Any(ChromeNameParts.Contains))
            {
                return true;
            }
        }

        return false;
    }

    private void Enter(IElement element)
    {
        var name = element.LocalName;
        if (_owner is not null && _ownerKind is BlockKind.Heading or BlockKind.TableRow)
        {
            // Inside a heading or row everything is inline text; a nested table or list would split the row.
            if (_ownerKind == BlockKind.TableRow && name is "td" or "th")
            {
                _text.Clear();
            }

            return;
        }

        if (HeadingLevel(name) is var level and > 0)
        {
            StartOwner(element, BlockKind.Heading, level);
        }
        else if (name == "li")
        {
            StartOwner(element, BlockKind.ListItem, 0);
        }
        else if (name == "tr")
        {
            StartOwner(element, BlockKind.TableRow, 0);
            _cells.Clear();
        }
        else if (name is "ul" or "ol" || (BlockElements.Contains(name) && _owner is null))
        {
            Flush();
        }
    }

    private void Leave(IElement element)
    {
        var name = element.LocalName;
        if (ReferenceEquals(element, _owner))
        {
            if (_ownerKind == BlockKind.TableRow)
            {
                CloseCell();
                var row = string.Join(" | ", _cells);
                _cells.Clear();
                _text.Clear();
                _text.Append(row);
            }

            Flush();
            (_owner, _ownerKind, _ownerLevel) = _outerOwners.Count > 0 ? _outerOwners.Pop() : (null, BlockKind.Paragraph, 0);
            return;
        }

        if (_ownerKind == BlockKind.TableRow && name is "td" or "th")
        {
            CloseCell();
        }
        else if (_owner is null && BlockElements.Contains(name))
        {
            Flush();
        }
        else if (name == "br")
        {
            AppendText(" ");
        }
    }

    private void StartOwner(IElement element, BlockKind kind, int level)
    {
        Flush();
        if (_owner is not null)
        {
            _outerOwners.Push((_owner, _ownerKind, _ownerLevel));
        }

        _owner = element;
        _ownerKind = kind;
        _ownerLevel = level;
    }

    private void CloseCell()
    {
        var cell = Squash(_text.ToString());
        if (cell.Length > 0)
        {
            _cells.Add(cell);
        }

        _text.Clear();
    }

    private void AppendText(string data) => _text.Append(data);

    private void Flush()
    {
        var text = Squash(_text.ToString());
        _text.Clear();
        if (text.Length == 0)
        {
            return;
        }

        var kind = _owner is null ? BlockKind.Paragraph : _ownerKind;
        _blocks.Add(new Block(text, kind, 1, kind == BlockKind.Heading ? _ownerLevel : 0));
    }

    private static int HeadingLevel(string name) =>
        name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6' ? name[1] - '0' : 0;
}
