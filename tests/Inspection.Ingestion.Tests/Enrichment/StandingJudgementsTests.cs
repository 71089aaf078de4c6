using Inspection.Ingestion.Enrichment;

namespace Inspection.Ingestion.Tests.Enrichment;

/// <summary>Grades set out beside their evaluation areas in the layouts report cards use, whatever the extractor made of them.</summary>
public sealed class StandingJudgementsTests
{
    private static readonly Dictionary<string, string> Expected = new(StringComparer.Ordinal)
    {
        ["Safeguarding"] = "Not met",
        ["Inclusion"] = "Needs attention",
        ["Curriculum and teaching"] = "Expected standard",
        ["Leadership and governance"] = "Urgent improvement",
    };

    private readonly DocumentEnricher _enricher = new();

    [Fact]
    public void EachGradeOnTheLineUnderItsArea()
    {
        var judgements = Judgements("Safeguarding", "Not met", "Inclusion", "Needs attention", "Curriculum and teaching", "Expected standard", "Leadership and governance", "Urgent improvement");

        Assert.Equal(Expected, judgements);
    }

    [Fact]
    public void TwoColumnsReadOneAfterTheOtherAsOneTableRow()
    {
        var judgements = Judgements("| Safeguarding Inclusion Curriculum and teaching Leadership and governance | Not met Needs attention Expected standard Urgent improvement");

        Assert.Equal(Expected, judgements);
    }

    [Fact]
    public void TwoColumnsReadOneAfterTheOtherAsBlocks()
    {
        var judgements = Judgements("Safeguarding", "Inclusion", "Curriculum and teaching", "Leadership and governance", "Not met", "Needs attention", "Expected standard", "Urgent improvement");

        Assert.Equal(Expected, judgements);
    }

    [Fact]
    public void TilesInTwoColumnsWhoseNamesWrapOverRows()
    {
        var judgements = Judgements(
            "| The impact of leaders on social work practice | The experiences and progress of children",
            "| with children and families | who need help and protection",
            "| Good | Requires improvement to be good");

        Assert.Equal("Good", judgements["The impact of leaders on social work practice with children and families"]);
        Assert.Equal("Requires improvement to be good", judgements["The experiences and progress of children who need help and protection"]);
    }

    [Fact]
    public void AnAreaNamedAsAHeadingOverProseTakesNoGrade()
    {
        var judgements = Judgements("## Inclusion", "Pupils with special educational needs are well supported in most lessons.", "## Achievement", "Good results in reading.");

        Assert.Empty(judgements);
    }

    [Fact]
    public void NamesAndGradesInUnequalNumbersPairOnlyWhereAGradeFollowsItsName()
    {
        var judgements = Judgements("Safeguarding", "Inclusion", "Needs attention");

        Assert.Equal(new Dictionary<string, string>(StringComparer.Ordinal) { ["Inclusion"] = "Needs attention" }, judgements);
    }

    private IReadOnlyDictionary<string, string> Judgements(params string[] lines) =>
        _enricher.Enrich(Blocks.Document(["# Report card: Ridgeway School", .. lines, "What it is like to be a pupil at this school is described below."])).Judgements;
}
