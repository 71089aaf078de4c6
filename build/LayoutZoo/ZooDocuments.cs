using LayoutZoo.Documents;
using SampleEvidence.Docx;
using SampleEvidence.Model;
using SampleEvidence.Pdf;

namespace LayoutZoo;

/// <summary>The members of the zoo written here (PdfPig's writer and OpenXml), each with its sentences.</summary>
internal static class ZooDocuments
{
    public static IEnumerable<(string Name, byte[] Bytes, IEnumerable<string> Sentences)> All()
    {
        yield return SifReport.Create();
        yield return TwoColumnNewsletter.Create();
        yield return ScrutinyReport.Create();
        yield return Ilacs2026Report.Create();
        yield return Pdf(LetterDocuments.SendLetter());
        yield return Pdf(LetterDocuments.FocusedVisit());
        yield return Pdf(LetterDocuments.CabinetPack());
        yield return Docx(LetterDocuments.SelfEvaluation());
        yield return Docx(LetterDocuments.MonitoringVisit());
        yield return Pdf(LetterDocuments.FocusedVisitMonthOnly());
        yield return Docx(LetterDocuments.CommitteeReportQuotingMonitoringVisit());
        yield return Pdf(LetterDocuments.MonitoringVisitRecallingEarlierVisits());
        yield return Pdf(LetterDocuments.FocusedVisitListingActivity());
        yield return GlyphSelfEvaluation.Create();
        yield return WordsOnlyLetter.Create();
    }

    private static (string, byte[], IEnumerable<string>) Pdf(SampleDocument document) =>
        (document.FileName, PdfRenderer.Render(document), LetterDocuments.SentencesOf(document));

    private static (string, byte[], IEnumerable<string>) Docx(SampleDocument document) =>
        (document.FileName, DocxRenderer.Render(document), LetterDocuments.SentencesOf(document));
}
