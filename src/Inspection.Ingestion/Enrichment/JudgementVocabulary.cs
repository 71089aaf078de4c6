namespace Inspection.Ingestion.Enrichment;

/// <summary>
/// The judgement names and grades of every framework an authority's evidence holds (SIF 2013-17, ILACS from 2018, the
/// education inspection framework of 2019 and the renewed one of November 2025), as the word sequences Ofsted writes.
/// </summary>
internal static class JudgementVocabulary
{
    // Specific enough to count in prose ("leadership and management were judged outstanding"). A leading "the" is optional
    // in a document; each judgement is recorded under the spelling here.
    private static readonly string[] DistinctNames =
    [
        "Overall effectiveness",
        "The impact of leaders on social work practice with children and families",
        "The experiences and progress of children who need help and protection",
        "The experiences and progress of children in care and care leavers",
        "The experiences and progress of children in care",
        "The experiences and progress of care leavers",
        "Children who need help and protection",
        "Children looked after and achieving permanence",
        "Adoption performance",
        "Leadership, management and governance",
        "The effectiveness of the local safeguarding children board",
        "Quality of education",
        "Behaviour and attitudes",
        "Personal development",
        "Effectiveness of leadership and management",
        "Leadership and management",
        "Early years provision",
        "Sixth-form provision",
        "Sixth form provision",
    ];

    // The renewed schools framework's evaluation areas are everyday words: they count only when set apart from prose, by a
    // separator, a table cell or a card of their own.
    private static readonly string[] CommonNames =
    [
        "Inclusion",
        "Curriculum and teaching",
        "Achievement",
        "Attendance and behaviour",
        "Personal development and well-being",
        "Personal development and wellbeing",
        "Leadership and governance",
        "Early years in schools",
        "Early years",
        "Sixth form in schools",
        "Sixth form",
        "Post-16 provision",
        "Safeguarding",
    ];

    private static readonly (string Words, string Grade)[] GradeWords =
    [
        ("outstanding", JudgementGrades.Outstanding),
        ("good", JudgementGrades.Good),
        ("requires improvement to be good", JudgementGrades.RequiresImprovement),
        ("require improvement to be good", JudgementGrades.RequiresImprovement),
        ("requires improvement", JudgementGrades.RequiresImprovement),
        ("require improvement", JudgementGrades.RequiresImprovement),
        ("inadequate", JudgementGrades.Inadequate),
        ("exceptional", JudgementGrades.Exceptional),
        ("strong standard", JudgementGrades.StrongStandard),
        ("expected standard", JudgementGrades.ExpectedStandard),
        ("needs attention", JudgementGrades.NeedsAttention),
        ("urgent improvement", JudgementGrades.UrgentImprovement),
        ("not met", JudgementGrades.NotMet),
        ("met", JudgementGrades.Met),
    ];

    /// <summary>Every name, longest first so that "personal development and well-being" wins over "personal development".</summary>
    public static IReadOnlyList<JudgementPhrase> Names { get; } =
    [
        .. DistinctNames.Select(n => Phrase(n, n, common: false))
            .Concat(CommonNames.Select(n => Phrase(n, n, common: true)))
            .OrderByDescending(p => p.Words.Length),
    ];

    /// <summary>Every grade as written, longest first, with the grade it stands for.</summary>
    public static IReadOnlyList<JudgementPhrase> Grades { get; } =
        [.. GradeWords.Select(g => Phrase(g.Words, g.Grade, common: false)).OrderByDescending(p => p.Words.Length)];

    /// <summary>Words that may join a name to its grade in a sentence ("is judged to be", "were rated").</summary>
    public static IReadOnlySet<string> Connectors { get; } = new HashSet<string>(
        ["is", "was", "are", "were", "has", "have", "been", "judged", "rated", "graded", "to", "be", "as", "remains", "remain"], StringComparer.Ordinal);

    private static JudgementPhrase Phrase(string written, string meaning, bool common)
    {
        var words = JudgementTokens.Read(written).Where(t => t.IsWord).Select(t => t.Text).ToList();
        return new JudgementPhrase([.. words[0] == "the" ? words.Skip(1) : words], meaning, common);
    }
}

/// <summary>
/// A judgement name or grade as lower-case words (a name's leading "the" left out: it is optional); <see cref="Meaning"/> is
/// the name as Ofsted spells it, however a document writes it, or the grade it stands for.
/// </summary>
internal sealed record JudgementPhrase(string[] Words, string Meaning, bool Common);
