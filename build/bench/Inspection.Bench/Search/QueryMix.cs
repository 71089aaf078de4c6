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
