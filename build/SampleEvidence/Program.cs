using System.Globalization;
using System.Text;
using SampleEvidence.Docx;
using SampleEvidence.Html;
using SampleEvidence.Model;
using SampleEvidence.Pdf;
using SampleEvidence.Samples;

// Writes the fictional authority's sample evidence into the folder given as the first argument.
var output = args.Length > 0 ? args[0] : "evidence-samples";
Directory.CreateDirectory(output);

Docx(SelfEvaluation.Create());
Pdf(ThematicAudit.Create());
Pdf(FocusedVisitLetter.Create());
Html(MonitoringVisitLetter.Create(), HtmlPages.InspectionReportPage(MonitoringVisitLetter.Create(), Harrowden.Council));
Pdf(SendWsoaProgressReport.Create());
Docx(ImpactStatement.Create());
Html(PerformanceScorecard.Create(), HtmlPages.CouncilIntranetPage(PerformanceScorecard.Create()));
Pdf(CorporateParentingReport.Create());

return 0;

void Pdf(SampleDocument document) => Save(document.FileName, PdfRenderer.Render(document));

void Docx(SampleDocument document) => Save(document.FileName, DocxRenderer.Render(document));

void Html(SampleDocument document, string page) => Save(document.FileName, new UTF8Encoding(false).GetBytes(page));

void Save(string fileName, byte[] bytes)
{
    File.WriteAllBytes(Path.Combine(output, fileName), bytes);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{fileName} ({bytes.Length} bytes)"));
}
