using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Inspection.Web.Tests.Browser;

/// <summary>
/// The files a quality lead uploads in the week's walk, written by the test: our authority's focused-visit letter (a PDF whose
/// second page names the Brackenfold family hub), a peer council's monitoring-visit letter kept for comparison (a PDF whose
/// findings name Quenby), and our self-evaluation (a Word document).
/// </summary>
internal static class WeekEvidence
{
    public const string Ours = "Harrowden Borough Council";
    public const string Peer = "Westmarch County Council";

    /// <summary>A word only our letter's second page uses, so a search for it lands there.</summary>
    public const string SecondPageWord = "Brackenfold";

    /// <summary>A word only the peer's findings use.</summary>
    public const string PeerWord = "Quenby";

    public static readonly string[] OurFindings =
    [
        "The timeliness of assessments of kinship carers, so that children who live with members of their family have approved carers within 16 weeks.",
        "The support that the Larkspur kinship team gives to special guardians after an order is made, including help with contact and with money.",
        "The recording of brothers' and sisters' views when decisions are made about whether they can live together.",
    ];

    public static readonly string[] PeerFindings =
    [
        $"The quality of plans for children in kinship care in the {PeerWord} service, so that the help families receive is matched to the risks.",
        $"Management oversight of the support plans of special guardians in the {PeerWord} service, so that drift is challenged.",
    ];

    public static byte[] OurLetter()
    {
        using var pdf = new LetterPdf();
        return pdf
            .Lines("Ofsted", "Piccadilly Gate", "Store Street", "Manchester M1 2WD")
            .Lines("9 October 2026")
            .Lines("Eleanor Whitcombe", "Director of Children's Services", Ours, "Civic Centre, Castle Street", "Harrowden HW1 2AB")
            .Lines("Dear Eleanor")
            .Heading($"Focused visit to {Ours} children's services")
            .Paragraph($"This letter summarises the findings of the focused visit to {Ours} children's services on 16 and 17 September 2026. His Majesty's Inspectors for this visit were Miriam Oduya and Thomas Keel.")
            .Paragraph("Inspectors looked at the local authority's arrangements for children in kinship care, including children who live with special guardians, and for brothers and sisters in care.")
            .Paragraph("This visit was carried out in line with the inspection of local authority children's services (ILACS) framework. Inspectors considered a range of evidence, including case records, performance information and the local authority's own audits.")
            .Heading("Headline findings")
            .Paragraph("Since the last inspection, leaders have strengthened the help given to children who live with members of their family. Most children in kinship care live in stable homes and are well supported by their carers. However, assessments of kinship carers take too long, and the support offered to special guardians after an order is made is not consistent.")
            .Heading("What needs to improve in this area of social work practice?")
            .Bullets(OurFindings)
            .NewPage()
            .Heading("Main findings")
            .Paragraph($"Children and their carers spoke warmly of the {SecondPageWord} family hub, where kinship carers meet each other and social workers run a weekly drop-in. Carers said that the hub helped them to understand the support they could ask for.")
            .Paragraph("Assessments of kinship carers are thorough, but too many take longer than 16 weeks to complete. Delays are often caused by waiting for checks from other agencies, and managers do not always escalate them.")
            .Paragraph("Special guardians receive a support plan when an order is made, but the help they receive afterwards varies. Some carers told inspectors that they did not know whom to contact when contact arrangements broke down.")
            .Paragraph("Ofsted will take the findings from this focused visit into account when planning your next inspection or visit.")
            .Lines("Yours sincerely", "", "Miriam Oduya", "His Majesty's Inspector")
            .Build();
    }

    public static byte[] PeerLetter()
    {
        using var pdf = new LetterPdf();
        return pdf
            .Lines("Ofsted", "Piccadilly Gate", "Store Street", "Manchester M1 2WD")
            .Lines("14 August 2026")
            .Lines("Jonathan Pryce", "Director of Children's Services", Peer, "County Hall", "Westmarch WM4 7QT")
            .Lines("Dear Jonathan")
            .Heading($"Monitoring visit to {Peer} children's services")
            .Paragraph($"This letter summarises the findings of the monitoring visit to {Peer} children's services on 8 and 9 July 2026. This was the second monitoring visit since the local authority was judged inadequate in October 2025. His Majesty's Inspectors for this visit were Rachel Amos and David Orme.")
            .Paragraph("This visit was carried out in line with the inspection of local authority children's services (ILACS) framework.")
            .Heading("Headline findings")
            .Paragraph("Leaders are making progress in improving the help given to children in need, but the pace of change is slow for children on the edge of care.")
            .Heading("What needs to improve?")
            .Bullets(PeerFindings)
            .Paragraph("Ofsted will take the findings from this monitoring visit into account when planning your next inspection or visit.")
            .Lines("Yours sincerely", "", "Rachel Amos", "His Majesty's Inspector")
            .Build();
    }

    public static byte[] SelfEvaluation()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = "Self-evaluation of children's services, autumn 2026";
            var main = document.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(Style("Title", "Title"), Style("Heading1", "heading 1"));
            main.Document = new Document(new Body(
                Styled("Title", "Self-evaluation of children's services, autumn 2026"),
                Plain($"{Ours}, children's services. Updated 30 September 2026."),
                Styled("Heading1", "Kinship care"),
                Plain("We know that assessments of kinship carers take too long: 58% were completed within 16 weeks this year. The kinship team has two more assessing social workers from November, and we expect that to rise to 80% by March 2027."),
                Styled("Heading1", "Children in care"),
                Plain("Most children in care live in stable homes near their families and schools, and children tell us they know why they are in care.")));
        }

        return stream.ToArray();
    }

    private static Style Style(string id, string name)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        style.Append(new StyleName { Val = name });
        return style;
    }

    private static Paragraph Styled(string styleId, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = styleId }), new Run(new WordText(text)));

    private static Paragraph Plain(string text) => new(new Run(new WordText(text)));
}
