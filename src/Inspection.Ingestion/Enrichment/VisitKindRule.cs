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
        ("ofsted and the care quality commission inspected", VisitKinds.AreaSendInspection),
        ("ofsted and the cqc inspected", VisitKinds.AreaSendInspection),
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
    /// The kind whose name opens the text (after a few words such as "the", "ILACS", "second", "previous"), as a table's
    /// activity cell or a line naming a visit begins ("Focused visit", "ILACS standard inspection", "Joint targeted area
    /// inspection: serious youth violence"), with where the name ends; null when the text does not open with one.
    /// </summary>
    public static string? Leading(string normalised, out int end)
    {
        end = 0;
        string? kind = null;
        // The name may itself begin with one of the words passed over ("full inspection"): try from the start too.
        foreach (var start in new[] { 0, LeadingWords().Match(normalised).Length })
        {
            foreach (var (cue, cueKind) in Cues)
            {
                if (start + cue.Length > end && string.CompareOrdinal(normalised, start, cue, 0, cue.Length) == 0
                    && (normalised.Length == start + cue.Length || !char.IsLetterOrDigit(normalised[start + cue.Length])))
                {
                    kind = cueKind;
                    end = start + cue.Length;
                }
            }
        }

        return kind;
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

    [GeneratedRegex(@"^(?:(?:the|a|an|our|ofsted|ofsted's|ilacs|sif|first|second|third|fourth|fifth|sixth|final|initial|last|latest|previous|most|recent|full|graded|ungraded)\s+){0,3}")]
    private static partial Regex LeadingWords();

    [GeneratedRegex(@"\binspection of [\w' -]+ (?:school|academy|college)\b")]
    private static partial Regex SchoolReport();
}
