using Inspection.Search.Analysis;

namespace Inspection.Search.Tests.Matching;

public sealed class WordFormTests : IDisposable
{
    private readonly WrittenIndex _index = new();

    [Theory]
    [InlineData("moderation", "All audits were moderated by the quality team.")]
    [InlineData("moderated", "Moderation changed two grades.")]
    [InlineData("preparation", "Young people preparing for adulthood had a review.")]
    [InlineData("inclusion", "Schools became more inclusive over the year.")]
    [InlineData("inclusive", "Inclusion of pupils with SEND improved.")]
    [InlineData("assessment", "Every child was assessed within the timescale.")]
    [InlineData("attendance", "Pupils who attend regularly did better.")]
    [InlineData("coproduction", "Co-production with parents is built into governance.")]
    [InlineData("co-production", "Coproduction with parents is built into governance.")]
    [InlineData("well-being", "Emotional wellbeing support for care leavers.")]
    [InlineData("rereferrals", "Re-referrals within twelve months fell to 18%.")]
    [InlineData("re-referrals", "Rereferrals within twelve months fell to 18%.")]
    [InlineData("multiagency", "The multi-agency panel meets weekly.")]
    [InlineData("meet", "Prepared for the annual engagement meeting with Ofsted.")]
    [InlineData("meeting", "We will meet the regional lead in October.")]
    [InlineData("planning", "Every child has a plan agreed with them.")]
    [InlineData("plan", "Transition planning starts at 14.")]
    [InlineData("receive", "Eight complaints were received in the year.")]
    [InlineData("received", "Care leavers receive a setting-up-home allowance.")]
    public void AWordFindsItsOtherFormsInTheIndex(string typed, string text)
    {
        _index.Add("doc", text).Add("other", "Unrelated passage about transport budgets.").Commit();

        Assert.Equal("doc", Assert.Single(_index.Search(typed).Hits).DocumentId);
    }

    [Theory]
    [InlineData("multiagency safeguarding hub", "Contacts reach the MASH within a day.")]
    [InlineData("rereferral rate", "The re-referral rate fell to 18%.")]
    [InlineData("repeat referrals", "Rereferrals fell to 18% this year.")]
    public void AGlossaryTermWrittenWithAHyphenIsAlsoFoundWrittenClosed(string typed, string text)
    {
        _index.Add("doc", text).Add("other", "Unrelated passage about transport budgets.").Commit();

        Assert.Equal("doc", Assert.Single(_index.Search(typed).Hits).DocumentId);
    }

    [Fact]
    public void WordsJoinedBySlashFindEitherWord()
    {
        _index.Add("cin", "Child in need plans were reviewed every quarter.")
            .Add("cp", "Child protection plans now have measurable outcomes.")
            .Add("other", "Pathway plans for care leavers were updated.")
            .Commit();

        var results = _index.Search("CIN/CP plans");

        Assert.Equal(["cin", "cp"], results.Hits.Select(h => h.DocumentId).Order(StringComparer.Ordinal));
        Assert.Null(results.Message);
    }

    [Theory]
    [InlineData("RHIs 72hrs", "rhi")]
    [InlineData("EHCP 20wks", "ehcp")]
    public void ANumberTypedWithItsUnitFindsTheNumberAndTheUnitWrittenOut(string typed, string expected)
    {
        _index.Add("rhi", "Return home interviews were offered within 72 hours to 84% of children.")
            .Add("ehcp", "We now issue 66% of EHCPs within the statutory 20 weeks.")
            .Add("other", "Return home interviews and EHCPs were audited in 20 cases over 72 days.")
            .Commit();

        var results = _index.Search(typed);

        // Only the passage that writes the number with its unit has every word; the other has most of them.
        Assert.Equal(expected, results.Hits[0].DocumentId);
        Assert.StartsWith("1 passage has all the words", results.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AShortAcronymTypedAsAPluralFindsItsGlossaryTerm()
    {
        _index.Add("sw", "Social workers receive supervision every four weeks.")
            .Add("other", "Foster carers receive supervision from their link worker.")
            .Commit();

        var results = _index.Search("supervision SWs");

        Assert.Equal("sw", results.Hits[0].DocumentId);
        Assert.Null(results.Message);
    }

    [Theory]
    [InlineData("care", "Her career in social work began in 2010.")]
    [InlineData("general", "A new generation of foster carers was recruited.")]
    [InlineData("place", "The placement was ended after a review.")]
    [InlineData("statement", "The state of the building was poor.")]
    [InlineData("even", "The evening service covers the whole borough.")]
    [InlineData("set", "Early years settings were audited.")]
    public void WordsStaffKeepApartStayApart(string typed, string text)
    {
        _index.Add("doc", text).Commit();

        Assert.Equal(0, _index.Search(typed).Total);
    }

    [Fact]
    public void CandidatesNeverJoinCareWithCareerOrGeneralWithGeneration()
    {
        Assert.DoesNotContain("career", WordForms.Candidates("care"));
        Assert.DoesNotContain("generation", WordForms.Candidates("general"));
        Assert.DoesNotContain("general", WordForms.Candidates("generation"));
        Assert.DoesNotContain("place", WordForms.Candidates("placement"));
        Assert.Contains("moderate", WordForms.Candidates("moderation"));
        Assert.Contains("include", WordForms.Candidates("inclusion"));
        Assert.Contains("meeting", WordForms.Candidates("meet"));
        Assert.Contains("meet", WordForms.Candidates("meeting"));
        Assert.DoesNotContain("evening", WordForms.Candidates("even"));
        Assert.DoesNotContain("hous", WordForms.Candidates("housing"));
        Assert.Contains("receive", WordForms.Candidates("received"));
        Assert.Contains("plan", WordForms.Candidates("planned"));
        Assert.Contains("apply", WordForms.Candidates("applied"));
        Assert.Contains("received", WordForms.Candidates("receive"));
        Assert.Contains("planned", WordForms.Candidates("plan"));
        Assert.DoesNotContain(WordForms.Candidates("need"), f => f.Length < 4);
    }

    public void Dispose() => _index.Dispose();
}
