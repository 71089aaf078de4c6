using System.Text;
using Inspection.Ingestion.Extraction;
using Inspection.Ingestion.Html;
using Inspection.Ingestion.Tests.TestSupport;

namespace Inspection.Ingestion.Tests.Html;

public sealed class HtmlBlockExtractorTests
{
    [Fact]
    public void MainContentGivesHeadingsParagraphsListItemsAndRows()
    {
        const string Page = """
            <!DOCTYPE html><html><head><title>Focused visit letter</title><style>p{color:red}</style></head>
            <body>
              <header><a href="/">Council home</a></header>
              <nav><ul><li>Menu item</li></ul></nav>
              <main>
                <h1>Focused visit to Anytown</h1>
                <p>Inspectors looked at the <b>front door</b>.</p>
                <h2>What needs to improve</h2>
                <ul><li>Timeliness of strategy meetings.</li><li>Return home interviews.</li></ul>
                <table><tr><th>Measure</th><th>Value</th></tr><tr><td>Contacts</td><td>1,204</td></tr></table>
                <p hidden>Hidden draft text</p>
                <div style="display: none">Invisible</div>
              </main>
              <footer>Copyright Anytown</footer>
            </body></html>
            """;

        var document = Extract("letter.html", Page);

        Assert.Equal("Focused visit letter", document.Title);
        Assert.Equal(
        [
            new Block("Focused visit to Anytown", BlockKind.Heading, 1, 1),
            new Block("Inspectors looked at the front door.", BlockKind.Paragraph, 1),
            new Block("What needs to improve", BlockKind.Heading, 1, 2),
            new Block("Timeliness of strategy meetings.", BlockKind.ListItem, 1),
            new Block("Return home interviews.", BlockKind.ListItem, 1),
            new Block("Measure | Value", BlockKind.TableRow, 1),
            new Block("Contacts | 1,204", BlockKind.TableRow, 1),
        ],
        document.Blocks);
    }

    [Fact]
    public void WithoutMainTheBodyIsUsedMinusChrome()
    {
        var document = Extract("plain.html", "<html><body><nav>Skip</nav><header>Banner</header><p>Real text.</p><aside>Related</aside></body></html>");

        Assert.Equal(["Real text."], document.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void WithoutLandmarksChromeIsKnownByItsRoleOrItsClassAndIdNames()
    {
        const string Page = """
            <html><body>
              <div id="cookie-consent" class="cookie-banner"><p>We would like to set additional cookies.</p></div>
              <div class="skip"><a href="#content">Skip to main content</a></div>
              <div class="site-header"><div class="mega-menu"><ul><li>Bins and recycling</li></ul></div></div>
              <div class="breadcrumbs"><ol><li>Home</li><li>Children and families</li></ol></div>
              <div role="navigation"><a href="/a">Council tax</a></div>
              <div class="content">
                <div class="content-header"><h1>Our Ofsted inspection</h1></div>
                <p>Inspectors judged our services to be good.</p>
                <div class="social-care-news"><p>Foster carers met in March.</p></div>
                <div class="article-footer"><p>Page last updated: 12 January 2026</p></div>
                <div class="page-feedback"><p>Was this page helpful?</p></div>
              </div>
              <div class="sidebar related"><h2>Related pages</h2></div>
              <div class="site-footer"><p>All content is available under the Open Government Licence.</p></div>
            </body></html>
            """;

        var document = Extract("page.html", Page);

        Assert.Equal(
            ["Our Ofsted inspection", "Inspectors judged our services to be good.", "Foster carers met in March.", "Page last updated: 12 January 2026"],
            document.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void HostileMarkupIsSurvivedAndScriptsNeverBecomeText()
    {
        var html = new StringBuilder("<!doctype html><html><head><title>Hostile</title><script>document.write('INJECTED')</script></head>");
        html.Append("<body onload=\"alert('pwned')\"><main>");
        html.Append("<h1 data-x=\"").Append('A', 2_000_000).Append("\">Annual report &amp; plan</h1>");
        html.Append("<p>Caf&eacute; &#8220;quoted&#8221; &lt;b&gt;</p>");
        html.Append("<iframe src=\"https://evil.example\">IFRAME TEXT</iframe><script>var s = 'SCRIPT TEXT';</script>");
        html.Append("<img src=x onerror=\"alert(1)\"><p>After the traps.</p>");
        for (var i = 0; i < 10_000; i++)
        {
            html.Append("<div>");
        }

        html.Append("deep text");
        for (var i = 0; i < 10_000; i++)
        {
            html.Append("</div>");
        }

        html.Append("<p>Closing paragraph.</p></main></body></html>");

        var document = Extract("hostile.html", html.ToString());

        var texts = document.Blocks.Select(b => b.Text).ToList();
        Assert.Contains("Annual report & plan", texts);
        Assert.Contains("Caf\u00e9 \u201cquoted\u201d <b>", texts);
        Assert.Contains("After the traps.", texts);
        Assert.Contains("Closing paragraph.", texts);
        Assert.DoesNotContain(texts, t => t.Contains("INJECTED", StringComparison.Ordinal) || t.Contains("SCRIPT TEXT", StringComparison.Ordinal)
            || t.Contains("IFRAME TEXT", StringComparison.Ordinal) || t.Contains("alert", StringComparison.Ordinal));
        // The nesting cap, not a clock: text 10,000 elements deep lies past it and is left out rather than walked.
        Assert.DoesNotContain(texts, t => t.Contains("deep text", StringComparison.Ordinal));
    }

    [Fact]
    public void TextWithinTheNestingCapIsKeptAndTextPastItIsLeftOut()
    {
        static string Nested(int depth, string text)
        {
            var html = new StringBuilder("<!doctype html><html><body><main>");
            for (var i = 0; i < depth; i++)
            {
                html.Append("<div>");
            }

            html.Append(text);
            for (var i = 0; i < depth; i++)
            {
                html.Append("</div>");
            }

            return html.Append("<p>After.</p></main></body></html>").ToString();
        }

        // main is the walk's root (depth 0); the innermost of n divs is at depth n, and its text is read when n is within the cap.
        var within = Extract("within.html", Nested(HtmlBlockWalker.MaxDepth, "inside the cap"));
        var past = Extract("past.html", Nested(HtmlBlockWalker.MaxDepth + 1, "past the cap"));

        Assert.Contains("inside the cap", within.Blocks.Select(b => b.Text));
        Assert.DoesNotContain(past.Blocks, b => b.Text.Contains("past the cap", StringComparison.Ordinal));
        Assert.Contains("After.", past.Blocks.Select(b => b.Text));
    }

    private static ExtractedDocument Extract(string name, string html)
    {
        using var temp = new TempFolder();
        return Extractors.Extract(temp.Write(name, html));
    }
}
