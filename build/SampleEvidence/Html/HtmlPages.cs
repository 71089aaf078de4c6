using System.Text;
using SampleEvidence.Model;

namespace SampleEvidence.Html;

/// <summary>Whole web pages as a browser would save them: site chrome around a main element holding the evidence.</summary>
internal static class HtmlPages
{
    /// <summary>An inspection-report page of the inspectorate's website, the letter inside main.</summary>
    public static string InspectionReportPage(SampleDocument document, string organisation)
    {
        var html = new StringBuilder();
        Head(html, document, "Find an inspection report");
        html.Append("""
            <div class="cookie-banner" id="cookie-banner" role="region" aria-label="Cookies on Find an inspection report">
              <p>We use essential cookies so that this site works. We would also like to set optional analytics cookies to learn how people use the site.</p>
              <button type="button" data-consent="accept">Accept analytics cookies</button>
              <button type="button" data-consent="reject">Reject analytics cookies</button>
              <a href="/cookies">View cookies</a>
            </div>
            <a class="skip-link" href="#main-content">Skip to main content</a>
            <header class="site-header">
              <a class="site-header__logo" href="/">Ofsted</a>
              <span class="site-header__service">Find an inspection report</span>
            </header>
            <nav class="site-nav" aria-label="Main">
              <ul>
                <li><a href="/">Home</a></li>
                <li><a href="/search?type=schools">Schools</a></li>
                <li><a href="/search?type=childcare">Childcare</a></li>
                <li><a href="/search?type=social-care">Children's social care</a></li>
                <li><a href="/search?type=further-education">Further education and skills</a></li>
                <li><a href="/about">About Ofsted reports</a></li>
              </ul>
            </nav>
            <nav class="breadcrumbs" aria-label="Breadcrumb">
              <ol>
                <li><a href="/">Home</a></li>
                <li><a href="/search?type=social-care">Children's social care</a></li>
                <li><a href="/provider/44/80000123">
            """);
        html.Append(HtmlRenderer.E(organisation)).Append("</a></li>\n  </ol>\n</nav>\n");
        html.Append("<main id=\"main-content\" class=\"report\">\n");
        html.Append(HtmlRenderer.Body(document, 2));
        html.Append("""
            </main>
            <aside class="related" aria-label="Related reports">
              <h2>Other reports for this local authority</h2>
              <ul>
                <li><a href="/provider/44/80000123/reports">All inspection and visit letters</a></li>
                <li><a href="/provider/44/80000123/data">Children's social care data</a></li>
              </ul>
            </aside>
            <footer class="site-footer">
              <ul>
                <li><a href="/help">Help</a></li>
                <li><a href="/accessibility">Accessibility statement</a></li>
                <li><a href="/cookies">Cookies</a></li>
                <li><a href="/privacy">Privacy notice</a></li>
                <li><a href="/contact">Contact</a></li>
              </ul>
              <p>All content is available under the Open Government Licence v3.0, except where otherwise stated.</p>
            </footer>
            <script>
              (function () {
                var banner = document.getElementById('cookie-banner');
                if (!banner) { return; }
                banner.addEventListener('click', function (e) {
                  var choice = e.target.getAttribute('data-consent');
                  if (!choice) { return; }
                  document.cookie = 'analytics_consent=' + choice + '; path=/; max-age=31536000';
                  banner.hidden = true;
                });
              })();
            </script>
            </body>
            </html>

            """);
        return html.ToString();
    }

    /// <summary>A page of the council's staff intranet, as saved by a user.</summary>
    public static string CouncilIntranetPage(SampleDocument document)
    {
        var html = new StringBuilder();
        Head(html, document, "Harrowden Borough Council intranet");
        html.Append("""
            <div class="cookie-notice" id="cookie-notice">
              <p>This intranet uses cookies to remember your settings. <a href="/intranet/cookies">Manage cookies</a></p>
              <button type="button" id="cookie-ok">OK</button>
            </div>
            <header class="intranet-header">
              <a href="/intranet/">Harrowden Borough Council &ndash; The Hub</a>
              <form class="intranet-search" action="/intranet/search" role="search">
                <label for="q">Search the Hub</label>
                <input id="q" name="q" type="search">
              </form>
            </header>
            <nav class="intranet-nav" aria-label="Intranet">
              <ul>
                <li><a href="/intranet/news">News</a></li>
                <li><a href="/intranet/childrens-services">Children's services</a></li>
                <li><a href="/intranet/childrens-services/performance">Performance and insight</a></li>
                <li><a href="/intranet/hr">HR and pay</a></li>
                <li><a href="/intranet/it">IT help</a></li>
              </ul>
            </nav>
            <main id="content" class="intranet-page">

            """);
        html.Append(HtmlRenderer.Body(document, 2));
        html.Append("""
            </main>
            <footer class="intranet-footer">
              <p>Owned by: Performance and Insight Team, Children's Services. Classification: OFFICIAL.</p>
              <p><a href="/intranet/accessibility">Accessibility</a> | <a href="/intranet/feedback">Report a problem with this page</a></p>
            </footer>
            <script>
              document.getElementById('cookie-ok').addEventListener('click', function () {
                document.getElementById('cookie-notice').style.display = 'none';
                localStorage.setItem('hub-cookie-ok', '1');
              });
            </script>
            </body>
            </html>

            """);
        return html.ToString();
    }

    private static void Head(StringBuilder html, SampleDocument document, string site)
    {
        html.Append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(HtmlRenderer.E(document.Title)).Append(" - ").Append(HtmlRenderer.E(site)).Append("</title>\n")
            .Append("<meta name=\"description\" content=\"").Append(HtmlRenderer.E(document.Subject ?? document.Title)).Append("\">\n")
            .Append("<meta name=\"dcterms.date\" content=\"").Append(document.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append("\">\n")
            .Append("""
                <style>
                  body { font-family: Arial, sans-serif; margin: 0; color: #0b0c0c; }
                  main { max-width: 960px; margin: 0 auto; padding: 20px; line-height: 1.5; }
                  table { border-collapse: collapse; width: 100%; font-size: 0.9em; }
                  th, td { border: 1px solid #b1b4b6; padding: 4px 6px; text-align: left; vertical-align: top; }
                  thead th { background: #f3f2f1; }
                  .rag--red { background: #f4c7c3; } .rag--amber { background: #fce8b2; } .rag--green { background: #b7e1cd; }
                  .lines--right { text-align: right; }
                  .cookie-banner, .cookie-notice { background: #f3f2f1; padding: 10px 20px; }
                  nav ul, footer ul { list-style: none; padding: 0; display: flex; gap: 16px; }
                </style>
                </head>
                <body>

                """);
    }
}
