using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace LayoutZoo;

/// <summary>The sentences of a source, one a line: each must come out of ingestion whole, inside one passage.</summary>
internal static partial class Sentences
{
    public static void Write(string path, IEnumerable<string> sentences) =>
        File.WriteAllText(path, string.Concat(sentences.Select(s => s + "\n")), new UTF8Encoding(false));

    /// <summary>The sentences of a page's paragraphs and list items (inside its main content when it marks one), leaving out its navigation, header, footer, asides and tables.</summary>
    public static IEnumerable<string> FromHtml(string html)
    {
        var document = new HtmlParser().ParseDocument(html);

        // A line break is a break between words ("Kamala Reid<br>His Majesty's Inspector" is two lines, not "ReidHis").
        foreach (var lineBreak in document.QuerySelectorAll("br").ToList())
        {
            lineBreak.Replace(document.CreateTextNode("\n"));
        }

        // A footnote's number ("2025<sup>1</sup>,", and the one labelling the note itself) is no part of the sentence a reader
        // reads, as a list's numbers are not.
        foreach (var mark in document.QuerySelectorAll("sup").Where(s => s.TextContent.Trim().All(c => char.IsAsciiDigit(c) || c is '*' or '\u2020' or '\u2021')).ToList())
        {
            mark.Remove();
        }

        // A page that marks its main content says what a reader comes for: a cookie banner or a skip link outside it is not
        // part of the document (ingestion reads only the main content of such a page). A page that marks nothing (a CMS's
        // divs) carries the zoo's own mark, data-zoo-content, on what a reader reads: ingestion never sees that attribute's meaning.
        var content = (AngleSharp.Dom.IParentNode?)document.QuerySelector("[data-zoo-content]") ?? document.QuerySelector("main") ?? document.QuerySelector("[role=main]") ?? (AngleSharp.Dom.IParentNode)document;
        foreach (var element in content.QuerySelectorAll("p, li"))
        {
            if (element.Closest("nav, header, footer, aside, table, form") is not null)
            {
                continue;
            }

            foreach (var sentence in Split(element.TextContent))
            {
                yield return sentence;
            }
        }
    }

    public static IEnumerable<string> Split(string paragraph)
    {
        // A soft hyphen is invisible unless a line breaks at it, and then a reader joins the word again.
        var text = Space().Replace(paragraph.Replace("\u00AD", "", StringComparison.Ordinal), " ").Trim();
        return text.Length == 0 ? [] : SentenceEnd().Split(text).Where(s => s.Length > 0);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    [GeneratedRegex(@"(?<=[a-z0-9)%][.!?])\s+(?=[A-Z""“])")]
    private static partial Regex SentenceEnd();
}
