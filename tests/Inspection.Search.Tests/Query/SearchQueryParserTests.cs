using Inspection.Search.Query;

namespace Inspection.Search.Tests.Query;

public sealed class SearchQueryParserTests
{
    [Fact]
    public void WordsPhrasesExclusionsOrAndFiltersAreRecognised()
    {
        var parsed = SearchQueryParser.Parse("care leavers \"pathway plan\" -housing NEET OR EET type:audit,letter theme:ilacs/care-leavers org:\"Medway Council\" after:2021-03 before:2022-01-15");

        Assert.Equal(["care", "leavers", "pathway plan", "NEET|EET"], parsed.Clauses.Select(c => string.Join('|', c.Alternatives.Select(a => a.Text))));
        Assert.True(parsed.Clauses[2].Alternatives[0].IsPhrase);
        Assert.Equal("housing", Assert.Single(parsed.Exclusions).Text);
        Assert.Equal(["audit", "letter"], parsed.Filters.Kinds);
        Assert.Equal(["ilacs/care-leavers"], parsed.Filters.Themes);
        Assert.Equal(["Medway Council"], parsed.Filters.Organisations);
        Assert.Equal(new DateOnly(2021, 3, 1), parsed.Filters.After);
        Assert.Equal(new DateOnly(2022, 1, 15), parsed.Filters.Before);
        Assert.Empty(parsed.Notes);
    }

    [Theory]
    [InlineData("LAC/CiC council", "LAC|CiC;council", "")]
    [InlineData("CIN/CP/child-protection plans?", "CIN|CP|child-protection;plans?", "")]
    [InlineData("-LAC/CiC council", "council", "LAC;CiC")]
    [InlineData("and/or plans", "and/or;plans", "")]
    [InlineData("plans 01/09/2025 2024/25 s/w", "plans;01/09/2025;2024/25;s/w", "")]
    public void WordsJoinedBySlashesAreAlternatives(string query, string clauses, string exclusions)
    {
        var parsed = SearchQueryParser.Parse(query);

        Assert.Equal(clauses, string.Join(';', parsed.Clauses.Select(c => string.Join('|', c.Alternatives.Select(a => a.Text)))));
        Assert.Equal(exclusions, string.Join(';', parsed.Exclusions.Select(e => e.Text)));
    }

    [Theory]
    [InlineData("EHCP 20wks", "EHCP;20;wks")]
    [InlineData("RHIs within 72hrs, 6mths", "RHIs;within;72;hrs;6;mths")]
    [InlineData("CP plans 2yrs+", "CP;plans;2;yrs")]
    [InlineData("1st 22nd 3rd 4th visit £2m 10k 2024/25 KS2 1990s", "1st;22nd;3rd;4th;visit;£2m;10k;2024/25;KS2;1990s")]
    public void ANumberTypedWithItsUnitIsReadAsTwoWords(string query, string clauses)
    {
        var parsed = SearchQueryParser.Parse(query);

        Assert.Equal(clauses, string.Join(';', parsed.Clauses.Select(c => string.Join('|', c.Alternatives.Select(a => a.Text)))));
    }

    [Theory]
    [InlineData("supervision frequency SWs", "supervision;frequency;SWs|SW", "")]
    [InlineData("TMs -EPs", "TMs|TM", "EPs;EP")]
    [InlineData("IROs Sws SWS SW", "IROs;Sws;SWS;SW", "")]
    public void AShortAcronymsPluralIsAlsoReadAsTheAcronym(string query, string clauses, string exclusions)
    {
        var parsed = SearchQueryParser.Parse(query);

        Assert.Equal(clauses, string.Join(';', parsed.Clauses.Select(c => string.Join('|', c.Alternatives.Select(a => a.Text)))));
        Assert.Equal(exclusions, string.Join(';', parsed.Exclusions.Select(e => e.Text)));
    }

    [Theory]
    [InlineData("after:01/09/2025 before:30/09/2025", 2025, 9, 1, 2025, 9, 30)]
    [InlineData("after:09/2025 before:2026", 2025, 9, 1, 2026, 1, 1)]
    [InlineData("since:1-9-2025 before:2025-10", 2025, 9, 1, 2025, 10, 1)]
    public void DateFiltersTakeDatesAsTypedInEnglandDayFirst(string query, int afterYear, int afterMonth, int afterDay, int beforeYear, int beforeMonth, int beforeDay)
    {
        var parsed = SearchQueryParser.Parse("supervision " + query);

        Assert.Equal(new DateOnly(afterYear, afterMonth, afterDay), parsed.Filters.After);
        Assert.Equal(new DateOnly(beforeYear, beforeMonth, beforeDay), parsed.Filters.Before);
        Assert.Empty(parsed.Notes);
    }

    [Theory]
    [InlineData("\"unbalanced quote", "closing quote")]
    [InlineData("after:last-week", "not a date")]
    [InlineData("type:", "needs a value")]
    [InlineData("-type:audit", "cannot be excluded")]
    public void RepairedInputIsExplained(string query, string note)
    {
        var parsed = SearchQueryParser.Parse(query);

        Assert.Contains(parsed.Notes, n => n.Contains(note, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("OR OR")]
    [InlineData("-")]
    [InlineData("OR")]
    public void OperatorsWithoutOperandsLeaveNothingToSearch(string query)
    {
        var parsed = SearchQueryParser.Parse(query);

        Assert.Empty(parsed.Clauses);
        Assert.Empty(parsed.Exclusions);
    }

    [Fact]
    public void LowerCaseOrAndUnknownPrefixesAreWords()
    {
        var parsed = SearchQueryParser.Parse("this or that http://example");

        Assert.Equal(["this", "or", "that", "http://example"], parsed.Clauses.Select(c => c.Alternatives[0].Text));
    }
}
