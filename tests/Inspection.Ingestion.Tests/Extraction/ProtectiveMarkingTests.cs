using Inspection.Content.Evidence;
using Inspection.Ingestion.Extraction;

namespace Inspection.Ingestion.Tests.Extraction;

public sealed class ProtectiveMarkingTests
{
    [Theory]
    [InlineData("Harrowden Borough Council | Thematic audit | August 2025 | OFFICIAL", Classifications.Official)]
    [InlineData("OFFICIAL-SENSITIVE", Classifications.OfficialSensitive)]
    [InlineData("OFFICIAL SENSITIVE", Classifications.OfficialSensitive)]
    [InlineData("OFFICIAL - SENSITIVE", Classifications.OfficialSensitive)]
    [InlineData("OFFICIAL – SENSITIVE: PERSONAL", Classifications.Personal)]
    [InlineData("OFFICIAL-SENSITIVE: PERSONAL", Classifications.Personal)]
    public void AMarkingInAPageHeaderIsRecognised(string header, string expected)
    {
        Block[] blocks =
        [
            new(header, BlockKind.Paragraph, 1),
            new("Case audit of supervision", BlockKind.Heading, 1, 1),
            new("The audit found management oversight on file in most cases.", BlockKind.Paragraph, 1),
        ];

        Assert.Equal(expected, ProtectiveMarking.Detect(blocks));
    }

    [Fact]
    public void OrdinaryWordsAreNotMarkings()
    {
        Block[] blocks =
        [
            new("Official statistics for children in need", BlockKind.Heading, 1, 1),
            new("The OFFICIAL figures were published in November.", BlockKind.Paragraph, 1),
        ];

        Assert.Null(ProtectiveMarking.Detect(blocks));
    }

    [Fact]
    public void TheHighestMarkingWins()
    {
        Block[] blocks =
        [
            new("OFFICIAL", BlockKind.Paragraph, 1),
            new("Summary", BlockKind.Heading, 1, 1),
            new("OFFICIAL-SENSITIVE", BlockKind.Paragraph, 2),
            new("Case 04", BlockKind.Heading, 2, 2),
        ];

        Assert.Equal(Classifications.OfficialSensitive, ProtectiveMarking.Detect(blocks));
        Assert.Equal(Classifications.Personal, ProtectiveMarking.Higher(Classifications.Personal, Classifications.Official));
        Assert.Equal(Classifications.Official, ProtectiveMarking.Higher(null, Classifications.Official));
    }
}
