using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Inspection.Web.Evidence;

/// <summary>
/// Puts every GOV.UK table in a box of its own width that scrolls sideways, so a wide table on a phone scrolls by itself
/// rather than pushing the whole page wider than the screen. site.js makes the box a named, focusable region only when it
/// does overflow, so keyboard users can scroll it and nobody meets an extra tab stop for a table that fits.
/// </summary>
[HtmlTargetElement("table", Attributes = "class")]
public sealed class ScrollingTableTagHelper : TagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var classes = output.Attributes["class"]?.Value?.ToString() ?? "";
        if (!classes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("govuk-table", StringComparer.Ordinal))
        {
            return;
        }

        output.PreElement.AppendHtml("<div class=\"app-table-scroll\">");
        output.PostElement.AppendHtml("</div>");
    }
}
