using System.Text.RegularExpressions;

namespace Inspection.Ingestion.Enrichment;

/// <summary>Names the kind of inspection activity a passage of text speaks of, from Ofsted's own wording.</summary>
internal static partial class VisitKindRule
{
    // Most specific first: a SEND revisit letter also says "inspection", a JTAI letter also says "joint".
    private static readonly (string Cue, string Kind)[] Cues =
    [
        ("revisit", VisitKinds.SendRevisit),
        ("re-visit", VisitKinds.SendRevisit),
        ("joint targeted area inspection", VisitKinds.Jtai),
        ("jtai", VisitKinds.Jtai),
        ("focused visit", VisitKinds.FocusedVisit),
        ("focussed visit", VisitKinds.FocusedVisit),
        ("focus visit", VisitKinds.FocusedVisit),
        ("monitoring visit", VisitKinds.MonitoringVisit),
        ("short inspection", VisitKinds.ShortInspection),
        ("local area send inspection", VisitKinds.AreaSendInspection),
        ("area send inspection", VisitKinds.AreaSendInspection),
        ("joint local area", VisitKinds.AreaSendInspection),
        ("special educational needs and disabilities (send) inspection", VisitKinds.AreaSendInspection),
        ("special educational needs and/or disabilities", VisitKinds.AreaSendInspection),
        ("inspected by ofsted and the care quality commission", VisitKinds.AreaSendInspection),
        ("inspected by ofsted and the cqc", VisitKinds.AreaSendInspection),
        ("send inspection", VisitKinds.AreaSendInspection),
        ("inspection of local authority children's services", VisitKinds.FullInspection),
        ("standard inspection", VisitKinds.FullInspection),
        ("ilacs inspection", VisitKinds.FullInspection),
        ("inspection of children's social care services", VisitKinds.FullInspection),
        ("single inspection framework", VisitKinds.FullInspection),
        ("local authority children's services", VisitKinds.FullInspection),
        ("inspection of services for children in need", VisitKinds.FullInspection),
        ("full inspection", VisitKinds.FullInspection),
        ("report card", VisitKinds.SchoolInspection),
        ("school inspection", VisitKinds.SchoolInspection),
    ];

    /// <summary>The visit kind named in the text, most specific cue first, or null.</summary>
    public static string? Detect(string text) => DetectNormalised(BlockText.Normalise(text));

    /// <summary>As <see cref="Detect"/>, for text already passed through <see cref="BlockText.Normalise"/>.</summary>
    public static string? DetectNormalised(string normalised)
    {
        foreach (var (cue, kind) in Cues)
        {
            if (normalised.Contains(cue, StringComparison.Ordinal))
            {
                return kind;
            }
        }

        return SchoolReport().IsMatch(normalised) ? VisitKinds.SchoolInspection : null;
    }

    /// <summary>
    /// False when no cue can be in the text, tested on the raw text without normalising it (most blocks name no visit).
    /// Every cue holds one of these words, none of which a line break can split.
    /// </summary>
    public static bool MayName(string text) =>
        text.Contains("visit", StringComparison.OrdinalIgnoreCase)
        || text.Contains("nspect", StringComparison.OrdinalIgnoreCase)
        || text.Contains("jtai", StringComparison.OrdinalIgnoreCase)
        || text.Contains("joint", StringComparison.OrdinalIgnoreCase)
        || text.Contains("educational", StringComparison.OrdinalIgnoreCase)
        || text.Contains("children", StringComparison.OrdinalIgnoreCase)
        || text.Contains("card", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The kind an unqualified "inspection" means in a document about visits of <paramref name="family"/>: the area SEND
    /// inspection in SEND papers, the school's inspection in a school's report, else the children's services inspection.
    /// </summary>
    public static string PlainInspection(string? family) => family switch
    {
        VisitKinds.AreaSendInspection or VisitKinds.SendRevisit => VisitKinds.AreaSendInspection,
        VisitKinds.SchoolInspection => VisitKinds.SchoolInspection,
        _ => VisitKinds.FullInspection,
    };

    [GeneratedRegex(@"\binspection of [\w' -]+ (?:school|academy|college)\b")]
    private static partial Regex SchoolReport();
}
