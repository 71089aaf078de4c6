namespace Inspection.Bench.Corpus;

/// <summary>The fixed lists generated documents draw from: organisations, kinds, headings, themes, titles.</summary>
internal static class SectorVocabulary
{
    public static IReadOnlyList<string> Organisations { get; } =
    [
        "Medway Council", "Thurrock Council", "Kent County Council", "Essex County Council", "Southend-on-Sea City Council",
        "Harrowden Borough Council", "Bexley Council", "Bromley Council", "Croydon Council", "Lewisham Council",
        "Greenwich Council", "Havering Council", "Barking and Dagenham Council", "Redbridge Council", "Hertfordshire County Council",
        "Suffolk County Council", "Norfolk County Council", "Cambridgeshire County Council", "Peterborough City Council", "Luton Borough Council",
        "Bedford Borough Council", "Milton Keynes City Council", "Oxfordshire County Council", "Buckinghamshire Council", "Surrey County Council",
        "West Sussex County Council", "East Sussex County Council", "Brighton and Hove City Council", "Hampshire County Council", "Portsmouth City Council",
        "Southampton City Council", "Dorset Council", "Devon County Council", "Plymouth City Council", "Cornwall Council",
        "Bristol City Council", "Gloucestershire County Council", "Wiltshire Council", "Swindon Borough Council", "Ofsted",
    ];

    /// <summary>Evidence kinds with weights: committee papers and audits are common, inspection letters rarer.</summary>
    public static IReadOnlyList<(string Kind, int Weight)> Kinds { get; } =
    [
        ("CommitteeReport", 24), ("Minutes", 14), ("Audit", 16), ("SelfEvaluation", 6), ("InspectionLetter", 6),
        ("ImpactStatement", 6), ("ActionPlan", 12), ("PerformanceData", 10), ("Other", 6),
    ];

    public static IReadOnlyList<(string Classification, int Weight)> ClassificationWeights { get; } =
    [
        ("Official", 80), ("Official-Sensitive", 15), ("Personal", 5),
    ];

    public static IReadOnlyList<string> Sections { get; } =
    [
        "Summary", "Background", "Introduction", "Recommendations", "Corporate parenting", "Fostering", "Adoption",
        "Early help", "Front door and MASH", "Child protection", "Children in need", "Care leavers", "Exploitation and missing",
        "Special educational needs and disabilities", "Education, health and care plans", "Quality assurance", "Workforce",
        "Performance", "Finance", "Risk management", "Legal implications", "Next steps", "Partnership working",
        "Voice of the child", "Sufficiency", "Permanence", "Disabled children", "Youth justice", "Attendance and exclusions",
    ];

    public static IReadOnlyList<string> Subsections { get; } =
    [
        "Key findings", "What needs to improve", "Progress since the last inspection", "Actions taken", "Impact",
        "Areas for development", "Strengths", "Audit findings", "Timeliness", "Management oversight", "Case sampling",
        "Data and performance", "Governance", "Feedback from children and families", "Practice standards",
    ];

    public static IReadOnlyList<string> Themes { get; } =
    [
        "ilacs/help-and-protection", "ilacs/children-in-care", "ilacs/care-leavers", "ilacs/leadership",
        "send/identification", "send/assessment", "send/outcomes", "send/leadership", "jtai/exploitation",
    ];

    public static IReadOnlyList<string> TitleStems { get; } =
    [
        "Corporate Parenting Annual Report", "Lead Member's Annual Report", "Fostering Service Annual Report",
        "Thematic Audit of Neglect", "SEND Written Statement of Action Progress", "Self-evaluation of Social Work Practice",
        "Focused Visit Letter", "Monitoring Visit Letter", "Improvement Plan Update", "Performance Scorecard",
        "Multi-Agency Audit of Exploitation", "Care Leavers Local Offer Review", "Early Help Impact Statement",
        "Children's Services Overview and Scrutiny Minutes", "Quality Assurance Framework Report",
    ];
}
