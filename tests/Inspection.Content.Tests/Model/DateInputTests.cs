using System.Globalization;
using Inspection.Content.Model;

namespace Inspection.Content.Tests.Model;

public sealed class DateInputTests
{
    [Theory]
    [InlineData("01/09/2025", 2025, 9, 1)]
    [InlineData("1/9/2025", 2025, 9, 1)]
    [InlineData("31/03/2024", 2024, 3, 31)]
    [InlineData(" 31-03-2024 ", 2024, 3, 31)]
    [InlineData("31.03.2024", 2024, 3, 31)]
    [InlineData("2024-03-31", 2024, 3, 31)]
    [InlineData("31 March 2024", 2024, 3, 31)]
    [InlineData("31 march 2024", 2024, 3, 31)]
    [InlineData("3 Sept 2025", 2025, 9, 3)]
    [InlineData("3 Sep 2025", 2025, 9, 3)]
    [InlineData("3  September,  2025", 2025, 9, 3)]
    public void ADayIsReadDayFirstInTheWaysPeopleInEnglandWriteIt(string text, int year, int month, int day)
    {
        Assert.True(DateInput.TryParseDay(text, out var date), text);
        Assert.Equal(new DateOnly(year, month, day), date);
        Assert.True(DateInput.TryParsePeriodStart(text, out var start), text);
        Assert.Equal(date, start);
    }

    [Theory]
    [InlineData("2025-09", 2025, 9)]
    [InlineData("09/2025", 2025, 9)]
    [InlineData("9/2025", 2025, 9)]
    [InlineData("September 2025", 2025, 9)]
    [InlineData("Sept 2025", 2025, 9)]
    [InlineData("2025", 2025, 1)]
    public void AMonthOrAYearStartsOnItsFirstDayButIsNoDay(string text, int year, int month)
    {
        Assert.True(DateInput.TryParsePeriodStart(text, out var start), text);
        Assert.Equal(new DateOnly(year, month, 1), start);
        Assert.False(DateInput.TryParseDay(text, out _), text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("last week")]
    [InlineData("31/02/2024")]
    [InlineData("13/13/2024")]
    [InlineData("09/01/25")]
    [InlineData("2024/03/31")]
    [InlineData("Smarch 2024")]
    public void WhatIsNoDateIsRefused(string? text)
    {
        Assert.False(DateInput.TryParseDay(text, out _), text);
        Assert.False(DateInput.TryParsePeriodStart(text, out _), text);
    }

    [Fact]
    public void TheMonthComesSecondWhateverTheMachinesCulture()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en-US");
            Assert.True(DateInput.TryParseDay("02/03/2025", out var date));
            Assert.Equal(new DateOnly(2025, 3, 2), date);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Theory]
    [InlineData("31/02/2025", "31/02/2025 is not a real date: February 2025 has 28 days")]
    [InlineData("29-02-2025", "29-02-2025 is not a real date: February 2025 has 28 days")]
    [InlineData("31.04.2026", "31.04.2026 is not a real date: April 2026 has 30 days")]
    [InlineData("12/31/2025", "12/31/2025 has no month 31: type the date with the day first, like 31/03/2024")]
    [InlineData("13/13/2024", "Enter the date as a date, like 31/03/2024")]
    [InlineData("next Tuesday", "Enter the date as a date, like 31/03/2024")]
    [InlineData(null, "Enter the date as a date, like 31/03/2024")]
    public void AMistakeIsSaidAsWhatItIs(string? text, string expected) =>
        Assert.Equal(expected, DateInput.Mistake(text, "the date", DateInput.DayExample));
}
