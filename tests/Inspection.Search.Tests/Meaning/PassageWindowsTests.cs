using Inspection.Search.Meaning;

namespace Inspection.Search.Tests.Meaning;

public sealed class PassageWindowsTests
{
    private const string Passage =
        "Persistent absence remained above the national figure in 2023. Attendance officers visited every family on the list. "
        + "See 4.2.\nNo care leaver has been placed in bed and breakfast accommodation this year.";

    [Fact]
    public void APassageIsCutAtSentenceEndsAndLineBreaksWithShortPiecesJoiningTheWindowBefore()
    {
        var windows = PassageWindows.Split(Passage, 1);

        Assert.Equal(
            [
                "Persistent absence remained above the national figure in 2023.",
                "Attendance officers visited every family on the list. See 4.2.",
                "No care leaver has been placed in bed and breakfast accommodation this year.",
            ],
            windows);
    }

    [Fact]
    public void WindowsHoldTheAskedNumberOfSentences()
    {
        var windows = PassageWindows.Split(Passage, 2);

        Assert.Equal(2, windows.Count);
        Assert.StartsWith("Persistent absence", windows[0], StringComparison.Ordinal);
        Assert.EndsWith("See 4.2.", windows[0], StringComparison.Ordinal);
        Assert.StartsWith("No care leaver", windows[1], StringComparison.Ordinal);
    }

    [Fact]
    public void APassageOfOneWindowOrNoWindowsAskedGivesNone()
    {
        Assert.Empty(PassageWindows.Split("Attendance officers visited every family in the borough.", 1));
        Assert.Empty(PassageWindows.Split(Passage, 0));
        Assert.Empty(PassageWindows.Split(Passage, 4));
    }
}
