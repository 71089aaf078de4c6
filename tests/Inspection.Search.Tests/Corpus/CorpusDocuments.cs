using Inspection.Content.Evidence;

namespace Inspection.Search.Tests.Corpus;

/// <summary>The real corpus as the tests file it: kinds, dates, organisations, themes, and one Personal document.</summary>
public static class CorpusDocuments
{
    public const string SendRevisit = "medway-send-revisit-2020";
    public const string LeadMember = "medway-lead-member-2022";
    public const string FocusedVisit = "thurrock-focused-visit-2021";
    public const string Complaints = "thurrock-complaints-2021";
    public const string Scrutiny = "thurrock-scrutiny-2021-10";

    private const string Thurrock = "thurrock-childrens-overview-scrutiny-2021-10.pdf";

    public static IReadOnlyList<CorpusDocument> All { get; } =
    [
        new(SendRevisit, "medway-cabinet-send-revisit-2020.pdf", _ => true,
            "Joint local area SEND inspection revisit", "CommitteeReport", new DateOnly(2020, 4, 7), "Medway Council",
            Classifications.Official, ["send/area-inspection", "send/revisit"]),
        new(LeadMember, "medway-lead-member-childrens-services-2022.pdf", _ => true,
            "Attendance of the Portfolio Holder for Children's Services", "CommitteeReport", new DateOnly(2022, 3, 3), "Medway Council",
            Classifications.Official, ["ilacs/children-in-care", "ilacs/care-leavers", "send"]),
        new(FocusedVisit, Thurrock, p => p is >= 30 and <= 33,
            "Focused visit to Thurrock children's services", "InspectionLetter", new DateOnly(2021, 8, 9), "Thurrock Council",
            Classifications.OfficialSensitive, ["ilacs/extra-familial-harm", "ilacs/missing-children"]),
        new(Complaints, Thurrock, p => p is >= 14 and <= 19,
            "Annual complaints and representations report", "CommitteeReport", new DateOnly(2021, 10, 12), "Thurrock Council",
            Classifications.Personal, ["ilacs/complaints"]),
        new(Scrutiny, Thurrock, p => p is < 14 or (> 19 and < 30) or > 33,
            "Children's Services Overview and Scrutiny Committee agenda", "Minutes", new DateOnly(2021, 10, 12), "Thurrock Council",
            Classifications.Official, ["send/wsoa"]),
    ];

    public static IReadOnlyList<string> Everyone { get; } = Classifications.All;

    public static IReadOnlyList<string> WithoutPersonal { get; } = [Classifications.Official, Classifications.OfficialSensitive];
}
