namespace Inspection.Bench.Search;

/// <summary>The fixed query mix: 20 each of words, phrases, glossary acronyms, filtered and theme-like queries.</summary>
internal static class QueryMix
{
    public const string Plain = "plainto_tsquery";
    public const string Phrase = "phraseto_tsquery";
    public const string Websearch = "websearch_to_tsquery";

    private static readonly string[] Words =
    [
        "fostering", "adoption", "exclusions", "attendance", "safeguarding", "placement", "sufficiency", "supervision",
        "caseloads", "timeliness", "neglect", "exploitation", "permanence", "apprenticeships", "complaints", "recruitment",
        "foster carers recruitment", "social workers caseloads", "school attendance improved", "audit findings practice",
    ];

    private static readonly string[] Phrases =
    [
        "sufficient progress", "written statement of action", "significant weakness", "management oversight", "annual health",
        "early help", "corporate parenting", "child protection", "social work practice", "high needs",
        "quality assurance", "missing from home", "local offer", "placement stability", "staying put",
        "not made sufficient progress", "voice of the child", "young people", "overview and scrutiny", "area send inspection",
    ];

    private static readonly string[] Acronyms =
    [
        "EHCP", "LAC", "RHI", "CSE", "SEND", "SENCO", "WSoA", "MASH", "CIN", "IRO",
        "PEP", "NEET", "CAMHS", "SGO", "UASC", "LADO", "ILACS", "JTAI", "PfA", "DSG",
    ];

    private static readonly (string Text, bool IsPhrase, string? Kind, DateOnly? After)[] Filtered =
    [
        ("neglect", false, "Audit", null), ("fostering", false, "CommitteeReport", null), ("exclusions", false, null, new DateOnly(2021, 1, 1)),
        ("supervision", false, "Audit", new DateOnly(2022, 1, 1)), ("care leavers", true, null, new DateOnly(2023, 1, 1)),
        ("sufficient progress", true, "InspectionLetter", null), ("attendance", false, "PerformanceData", null),
        ("early help", true, "ImpactStatement", null), ("placement", false, null, new DateOnly(2024, 6, 1)),
        ("recruitment", false, "ActionPlan", new DateOnly(2020, 1, 1)), ("timeliness", false, "Minutes", null),
        ("quality assurance", true, "SelfEvaluation", null), ("safeguarding", false, null, new DateOnly(2025, 1, 1)),
        ("management oversight", true, "Audit", new DateOnly(2021, 1, 1)), ("complaints", false, "CommitteeReport", new DateOnly(2019, 1, 1)),
        ("exploitation", false, "InspectionLetter", null), ("high needs", true, null, new DateOnly(2022, 1, 1)),
        ("permanence", false, "Audit", null), ("local offer", true, "ActionPlan", null), ("caseloads", false, null, new DateOnly(2026, 1, 1)),
    ];

    private static readonly string[][] Themes =
    [
        ["care leavers", "pathway plan", "staying put", "personal advisers"],
        ["return home interview", "missing from home", "exploitation"],
        ["education, health and care plan", "annual review", "timeliness"],
        ["management oversight", "supervision", "caseloads"],
        ["voice of the child", "direct work", "wishes and feelings"],
        ["placement stability", "sufficiency", "foster carers"],
        ["early help", "family support", "step down"],
        ["child protection", "strategy discussion", "section 47"],
        ["corporate parenting", "children in care council", "pledge"],
        ["quality assurance", "audit", "learning"],
        ["written statement of action", "area of significant weakness", "sufficient progress"],
        ["school attendance", "exclusions", "alternative provision"],
        ["preparation for adulthood", "transitions", "independent living"],
        ["health assessments", "dental checks", "emotional wellbeing"],
        ["private fostering", "kinship care", "special guardianship"],
        ["social work workforce", "recruitment", "agency social workers"],
        ["multi-agency safeguarding hub", "front door", "thresholds"],
        ["neglect", "graded care profile", "chronic neglect"],
        ["performance", "scorecard", "benchmarking"],
        ["leadership", "strategic oversight", "self-evaluation"],
    ];

    public static IReadOnlyList<BenchQuery> All { get; } = Build();

    /// <summary>
    /// Questions as senior leaders ask them before a visit: most ask what inspectors said (letters first, with the
    /// letters' own search when letters rank past the first page), some the latest (newest first among full matches).
    /// Not part of the mix, so the mix's figures stay comparable between runs.
    /// </summary>
    public static IReadOnlyList<BenchQuery> Questions { get; } =
    [
        .. new[]
        {
            "what did ofsted say about supervision", "what did ofsted say about care leavers", "what did inspectors find about caseloads",
            "what did ofsted say last time about return home interviews", "what did the last monitoring visit say about management oversight",
            "ofsted findings on placement stability", "what did inspectors say about the front door", "what did ofsted say about neglect",
            "what did ofsted say about early help", "what did inspectors say about the voice of the child", "latest audit of child protection plans",
            "what have we done about pathway plans since the focused visit", "how many children are waiting for an EHC assessment",
            "what did the SEND inspection say about transitions", "what did ofsted recommend about corporate parenting",
            "inspectors' view of quality assurance", "what did ofsted say about agency social workers", "what did ofsted say about exploitation",
            "what did ofsted say about staying put", "what did inspectors find about annual reviews",
        }.Select(q => new BenchQuery("question", q, Plain, q)),
    ];

    /// <summary>
    /// Whole sentences pasted into the search box, as a lead does with a finding or a recommendation to find what answers
    /// it (18 to 45 words each, in our own words), and the findings page's own starting search for a finding (its telling
    /// words joined by OR). Not part of the mix.
    /// </summary>
    public static IReadOnlyList<BenchQuery> Pasted { get; } =
    [
        .. new[]
        {
            "Managers do not consistently record the reasons for their decisions when children's cases are stepped down from child protection plans to child in need plans, and some plans lack clear timescales.",
            "Care leavers told inspectors that their personal advisers change too often and that they do not always know who to contact out of hours when they need help with housing or money.",
            "Return home interviews are not always offered in a timely way after children go missing, and the information gathered is not used well enough to reduce risk or to inform safety plans.",
            "Leaders have improved the quality of supervision, which is now regular and reflective for most social workers, but it does not always lead to actions that progress children's plans without delay.",
            "The local area partnership should improve the timeliness and quality of education, health and care plans, making sure that the views of children and young people and their families shape the outcomes.",
            "Senior leaders have an accurate understanding of the strengths and weaknesses of practice through a well-established quality assurance framework, including audits, practice observations and feedback from families.",
            "Too many children wait too long for an assessment of their needs by the neurodevelopmental pathway, and families report that they receive little support while they are waiting.",
            "Workforce stability has improved since the last inspection; the proportion of agency social workers has reduced and caseloads are now manageable in most teams, although the assessment service remains under pressure.",
            "managers OR consistently OR record OR reasons OR decisions OR children's OR cases OR stepped OR down OR child OR protection OR plans",
            "care OR leavers OR told OR inspectors OR personal OR advisers OR change OR often OR always OR know OR contact OR hours",
        }.Select(q => new BenchQuery("pasted", q, Plain, q)),
    ];

    private static List<BenchQuery> Build()
    {
        var queries = new List<BenchQuery>();
        queries.AddRange(Words.Select(w => new BenchQuery("word", w, Plain, w)));
        queries.AddRange(Phrases.Select(p => new BenchQuery("phrase", Quote(p), Phrase, p)));
        queries.AddRange(Acronyms.Select(a => new BenchQuery("acronym", a, Plain, a)));
        foreach (var (text, isPhrase, kind, after) in Filtered)
        {
            var ours = isPhrase ? Quote(text) : text;
            if (kind is not null)
            {
                ours += " type:" + kind;
            }

            if (after is { } date)
            {
                ours += " after:" + date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            }

            queries.Add(new BenchQuery("filtered", ours, isPhrase ? Phrase : Plain, text, kind, after));
        }

        // Our query language has no per-phrase weights, so both engines OR the phrases unweighted.
        queries.AddRange(Themes.Select(t => new BenchQuery("theme", string.Join(" OR ", t.Select(Quote)), Websearch, string.Join(" or ", t.Select(Quote)))));
        return queries;
    }

    private static string Quote(string text) => "\"" + text + "\"";
}
