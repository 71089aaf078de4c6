using System.Globalization;
using System.Net;
using System.Text;
using SampleEvidence.Model;

namespace SampleEvidence.Html;

/// <summary>Renders content blocks as HTML elements, escaping all text.</summary>
internal static class HtmlRenderer
{
    public static string Body(SampleDocument document, int indent)
    {
        var pad = new string(' ', indent);
        var html = new StringBuilder();
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    var level = heading.Level.ToString(CultureInfo.InvariantCulture);
                    html.Append(pad).Append("<h").Append(level).Append('>').Append(E(heading.Text)).Append("</h").Append(level).Append(">\n");
                    break;
                case ParagraphBlock paragraph:
                    html.Append(pad).Append("<p>");
                    if (paragraph.Number is { } number)
                    {
                        html.Append("<span class=\"para-number\">").Append(E(number)).Append("</span> ");
                    }

                    html.Append(paragraph.Bold ? "<strong>" + E(paragraph.Text) + "</strong>" : E(paragraph.Text)).Append("</p>\n");
                    break;
                case ListBlock list:
                    var tag = list.Numbered ? "ol" : "ul";
                    html.Append(pad).Append('<').Append(tag).Append(">\n");
                    foreach (var item in list.Items)
                    {
                        html.Append(pad).Append("  <li>").Append(E(item)).Append("</li>\n");
                    }

                    html.Append(pad).Append("</").Append(tag).Append(">\n");
                    break;
                case TableBlock table:
                    AppendTable(html, table, pad);
                    break;
                case LinesBlock lines:
                    var css = lines.Alignment == LineAlignment.Right ? "lines lines--right" : "lines";
                    html.Append(pad).Append("<p class=\"").Append(css).Append("\">")
                        .Append(string.Join("<br>", lines.Lines.Select(E))).Append("</p>\n");
                    break;
                case SpacerBlock or PageBreakBlock:
                    break;
                default:
                    throw new NotSupportedException(block.GetType().Name);
            }
        }

        return html.ToString();
    }

    public static string E(string text) => WebUtility.HtmlEncode(text);

    private static void AppendTable(StringBuilder html, TableBlock table, string pad)
    {
        html.Append(pad).Append("<table>\n").Append(pad).Append("  <thead>\n").Append(pad).Append("    <tr>");
        foreach (var header in table.Headers)
        {
            html.Append("<th scope=\"col\">").Append(E(header)).Append("</th>");
        }

        html.Append("</tr>\n").Append(pad).Append("  </thead>\n").Append(pad).Append("  <tbody>\n");
        foreach (var row in table.Rows)
        {
            html.Append(pad).Append("    <tr>");
            for (var i = 0; i < row.Count; i++)
            {
                var cell = i == 0 ? "th scope=\"row\"" : "td";
                var rag = row[i] is "Red" or "Amber" or "Green" ? " class=\"rag rag--" + row[i].ToLowerInvariant() + "\"" : string.Empty;
                html.Append('<').Append(cell).Append(rag).Append('>').Append(E(row[i])).Append("</").Append(cell[..2]).Append('>');
            }

            html.Append("</tr>\n");
        }

        html.Append(pad).Append("  </tbody>\n").Append(pad).Append("</table>\n");
    }
}
