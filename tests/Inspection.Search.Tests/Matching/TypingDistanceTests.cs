using Inspection.Search.Query;

namespace Inspection.Search.Tests.Matching;

public sealed class TypingDistanceTests
{
    [Theory]
    [InlineData("recieve", "receive")]
    [InlineData("acommodation", "accommodation")]
    [InlineData("supervisiion", "supervision")]
    [InlineData("caee", "care")]
    public void CommonSlipsCostLessThanAnArbitraryEdit(string typed, string meant)
    {
        Assert.True(TypingDistance.Between(typed, meant) < 1.0, $"{typed} -> {meant}: {TypingDistance.Between(typed, meant)}");
    }

    [Theory]
    [InlineData("cape", "care")]
    [InlineData("placemnt", "placement")]
    public void OtherEditsCostOne(string typed, string meant)
    {
        Assert.Equal(1.0, TypingDistance.Between(typed, meant), 3);
    }

    [Fact]
    public void NeighbouringKeysAreAdjacentAcrossStaggeredRows()
    {
        Assert.True(TypingDistance.Adjacent('e', 'r'));
        Assert.True(TypingDistance.Adjacent('s', 'w'));
        Assert.True(TypingDistance.Adjacent('s', 'e'));
        Assert.True(TypingDistance.Adjacent('b', 'g'));
        Assert.False(TypingDistance.Adjacent('s', 'q'));
        Assert.False(TypingDistance.Adjacent('a', 'p'));
        Assert.False(TypingDistance.Adjacent('e', 'e'));
    }

    [Fact]
    public void IdenticalSpellingsAreNoDistanceApart()
    {
        Assert.Equal(0.0, TypingDistance.Between("neglect", "neglect"));
    }
}
