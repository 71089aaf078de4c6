using Inspection.Content.Evidence;
using Inspection.Search.Tests.Corpus;

namespace Inspection.Search.Tests.Matching;

public sealed class ScoredMatchingTests : IDisposable
{
    private readonly WrittenIndex _index = new();

    [Fact]
    public void QuestionWordsAreNotRequiredButNegationsAre()
    {
        _index.Add("a", "Supervision records repeat actions from one month to the next.")
            .Add("b", "The council has not made sufficient progress on transitions.")
            .Add("c", "The council has made sufficient progress on transitions.")
            .Add("d", "The ombudsman found maladministration causing injustice and the council paid £1,000.")
            .Commit();

        var question = _index.Search("what did they say about supervision");
        var negation = _index.Search("has not made progress");
        // Nor are a question's prepositions and conjunctions: d has every other content word, so it is a full match.
        var preposition = _index.Search("what did the ombudsman find against the council");
        // Nor a memo's "re:" or "regarding".
        var memo = _index.Search("what did they say re: supervision?");
        var regarding = _index.Search("what was said regarding supervision");
        // Nor "vs" between the two things compared.
        var versus = _index.Search("supervision vs actions");

        Assert.Equal("a", Assert.Single(question.Hits).DocumentId);
        Assert.Equal("a", Assert.Single(memo.Hits).DocumentId);
        Assert.Null(memo.Message);
        Assert.Equal("a", Assert.Single(regarding.Hits).DocumentId);
        Assert.Null(regarding.Message);
        Assert.Equal("a", Assert.Single(versus.Hits).DocumentId);
        Assert.Null(versus.Message);
        Assert.Equal("d", preposition.Hits[0].DocumentId);
        Assert.Null(preposition.Message);
        // "not" is a content word: only b has every one; c, without it, only fills the page after it.
        Assert.Equal(["b", "c"], negation.Hits.Select(h => h.DocumentId));
        Assert.Contains("1 passage has all the words", negation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FullMatchesComeFirstAndMostWordsFillThePage()
    {
        _index.Add("full", "Foster carers resigned during the pandemic.")
            .Add("most", "Foster carers resigned last year, many of them older carers.")
            .Add("one", "Foster recruitment continued.")
            .Commit();

        var results = _index.Search("foster carers resigned pandemic");

        Assert.Equal(["full", "most"], results.Hits.Select(h => h.DocumentId));
        Assert.Contains("the others shown have most of them", results.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WordsCloseTogetherRankAboveScatteredWords()
    {
        _index.Add("near", "Leaders improved placement stability for teenagers this year, with a new panel and clear plans for every child.")
            .Add("far", "Placement decisions were reviewed by leaders this year, and stability of the workforce improved with a new panel.")
            .Commit();

        var results = _index.Search("placement stability");

        Assert.Equal("near", results.Hits[0].DocumentId);
    }

    [Fact]
    public void TwoWordsSideBySideTheOtherWayRoundRankAboveScatteredWords()
    {
        _index.Add("swapped", "The panel found that upheld complaints were answered late, and leaders wrote to every family this year.")
            .Add("apart", "Complaints reached the panel late this year; leaders upheld some.")
            .Commit();

        var results = _index.Search("complaints upheld");

        Assert.Equal("swapped", results.Hits[0].DocumentId);
    }

    [Fact]
    public void AGlossaryLongFormWrittenAsAPhraseRanksAboveItsWordsScattered()
    {
        _index.Add("phrase", "Most looked after children had a review this quarter and said they felt heard.")
            .Add("scattered", "Children were looked at after the review, and most had a plan this quarter.")
            .Commit();

        var results = _index.Search("LAC review");

        Assert.Equal("phrase", results.Hits[0].DocumentId);
    }

    [Fact]
    public void AGlossaryTermNextToATypedWordRanksAboveTheTermWithTheWordElsewhere()
    {
        _index.Add("beside", "Members heard from the Children in Care Council, which meets the director every month and reports to the panel on what matters to its members.")
            .Add("apart", "Children in care told the council's panel; the council listened.")
            .Commit();

        // "CiC" is the glossary's short form of "children in care": the council of children in care is one thing.
        var acronym = _index.Search("CiC council");
        var words = _index.Search("children in care council");

        Assert.Equal("beside", acronym.Hits[0].DocumentId);
        Assert.Equal("beside", words.Hits[0].DocumentId);
    }

    [Fact]
    public void OfstedInAQuestionIsNotRequiredAndLiftsInspectionLetters()
    {
        _index.Add("a-report", "Supervision records repeat actions from one month to the next.")
            .Add("b-letter", "Supervision records repeat actions from one month to the next.", kind: "InspectionLetter")
            .Commit();

        var results = _index.Search("what did Ofsted say about supervision");

        // "Ofsted" is stemmed to "ofste"; it is still recognised as the inspectorate's name.
        Assert.Equal(["b-letter", "a-report"], results.Hits.Select(h => h.DocumentId));
        Assert.Null(results.Message);
    }

    [Fact]
    public void LastTimeInAQuestionOnlyPlacesItInTimeButTimeAloneStillCounts()
    {
        _index.Add("a-letter", "Pathway plans for care leavers were not updated when their circumstances changed.", kind: "InspectionLetter")
            .Add("b-minutes", "The last time the forum met, care leavers asked about travel costs.")
            .Add("c-waiting", "The waiting list for assessments grew over the summer.")
            .Add("d-waiting-time", "The average waiting time for an assessment fell to nine weeks.")
            .Commit();

        var question = _index.Search("what did Ofsted say last time about care leavers");
        var recent = _index.Search("most recent on care leavers");
        var plain = _index.Search("care leavers");
        var waiting = _index.Search("waiting time");

        // Neither "last" nor "time" is asked for, so the letter is a full match, and Ofsted's words lift it first.
        Assert.Equal(["a-letter", "b-minutes"], question.Hits.Select(h => h.DocumentId));
        Assert.Null(question.Message);
        Assert.Equal(plain.Hits.Select(h => h.PassageId), recent.Hits.Select(h => h.PassageId));
        Assert.Null(recent.Message);
        // "time" alone is a content word: only d has both, and c (without it) is no full match.
        Assert.Equal("d-waiting-time", waiting.Hits[0].DocumentId);
        Assert.Equal(1, waiting.Total);
    }

    [Fact]
    public void PhrasesThatOnlyFrameAQuestionAreNotRequiredButTheirWordsStillCountAlone()
    {
        _index.Add("forum", "The new parent carer forum is in place and co-chairs the engagement group.")
            .Add("costs", "Running costs of the new parent carer forum are met from the grant.")
            .Add("cuts", "If the savings are agreed, staff at risk will be offered redeployment.")
            .Add("revisit", "Leaders prepared the written statement ahead of the revisit.")
            .Commit();

        var running = _index.Search("is the new parent carer forum up and running");
        var ahead = _index.Search("what happens to staff if the savings go ahead");
        var costs = _index.Search("forum running costs");
        var revisit = _index.Search("ahead of the revisit");

        // Neither "running" after "up and" nor "happens", "go" or "ahead" is asked for: the passages that answer are full matches.
        Assert.Equal("forum", running.Hits[0].DocumentId);
        Assert.Null(running.Message);
        Assert.Equal("cuts", ahead.Hits[0].DocumentId);
        Assert.Null(ahead.Message);
        // Outside those phrases the words are looked for as any other.
        Assert.Equal("costs", Assert.Single(costs.Hits).DocumentId);
        Assert.Equal("revisit", Assert.Single(revisit.Hits).DocumentId);
    }

    [Fact]
    public void AskingWhatOfstedSaidLastTimePutsTheNewestLetterFirst()
    {
        // The 2022 letter says more about supervision, so the words alone put it first.
        _index.Add("letter-2022", "Supervision is not regular. Supervision records are brief and supervision does not challenge drift.", kind: "InspectionLetter", date: new DateOnly(2022, 3, 10))
            .Add("letter-2025", "Supervision is now regular and reflective.", kind: "InspectionLetter", date: new DateOnly(2025, 6, 12))
            .Commit();

        var plain = _index.Search("what did Ofsted say about supervision");
        var lastTime = _index.Search("what did Ofsted say last time about supervision");
        var mostRecent = _index.Search("the most recent on supervision");

        Assert.Equal(["letter-2022", "letter-2025"], plain.Hits.Select(h => h.DocumentId));
        Assert.Equal(["letter-2025", "letter-2022"], lastTime.Hits.Select(h => h.DocumentId));
        Assert.Equal(plain.Total, lastTime.Total);
        Assert.Equal(["letter-2025", "letter-2022"], mostRecent.Hits.Select(h => h.DocumentId));
    }

    [Fact]
    public void AQuestionNamingOfstedPutsInspectionLettersFirstAmongFullMatches()
    {
        // The audit repeats the words, so they alone rank it above both letters.
        _index.Add("audit-2025", "Return home interviews: the audit of return home interviews found return home interviews offered late, and return home interviews often declined.", kind: "Audit", date: new DateOnly(2025, 8, 29))
            .Add("letter-2021", "Return home interviews are not offered to every child.", kind: "InspectionLetter", date: new DateOnly(2021, 10, 1))
            .Add("letter-2024", "Children are offered return home interviews, but take-up is low.", kind: "InspectionLetter", date: new DateOnly(2024, 6, 5))
            .Commit();

        var words = _index.Search("return home interviews");
        var ofsted = _index.Search("what did Ofsted say about return home interviews");
        var lastTime = _index.Search("what did Ofsted say last time about return home interviews");

        Assert.Equal("audit-2025", words.Hits[0].DocumentId);
        Assert.Equal(["letter-2021", "letter-2024"], ofsted.Hits.Take(2).Select(h => h.DocumentId).Order(StringComparer.Ordinal));
        Assert.Equal("audit-2025", ofsted.Hits[2].DocumentId);
        // Asking for the latest as well: the newest letter first, and the newer audit still after both letters.
        Assert.Equal(["letter-2024", "letter-2021", "audit-2025"], lastTime.Hits.Select(h => h.DocumentId));
    }

    [Fact]
    public void AnOfstedLetterInsideAnAgendaPackCountsAsALetterAndLettersPastTheFirstPageJoinIt()
    {
        // Twelve audit passages repeat the words, so by the words alone both letters' passages rank past a page of ten:
        // one in a letter, one in the pages of a committee pack that reproduce Ofsted's letter.
        // Many other passages make the two words rare, so that the words outweigh the letters' small constant lift.
        for (var i = 0; i < 12; i++)
        {
            _index.Add($"audit-{i:D2}", $"Care leavers audit {i}: care leavers' plans and care leavers' housing.", kind: "Audit");
        }

        for (var i = 0; i < 60; i++)
        {
            _index.Add($"other-{i:D2}", $"Foster carers' training, item {i}, was reviewed by the panel.", kind: "CommitteeReport");
        }

        const string Long = " Inspectors met leaders, managers, practitioners and partners over two days, sampled records across the teams and read the documents that leaders shared about the service and its plans.";
        _index.Add("letter", "Some care leavers live in unsuitable housing." + Long, kind: "InspectionLetter", date: new DateOnly(2023, 2, 1))
            .Add("pack", "The letter said care leavers are not always told about their entitlements." + Long, kind: "CommitteeReport", partKind: "InspectionLetter", date: new DateOnly(2021, 10, 12))
            .Commit();

        var words = _index.Search("care leavers");
        var ofsted = _index.Search("what did Ofsted say about care leavers");
        var secondPage = _index.Service.Search(new SearchRequest { Query = "what did Ofsted say about care leavers", AllowedClassifications = Classifications.All, Top = 10, Skip = 10 });

        Assert.DoesNotContain(words.Hits, h => h.DocumentId is "letter" or "pack");
        Assert.Equal(["letter", "pack"], ofsted.Hits.Take(2).Select(h => h.DocumentId).Order(StringComparer.Ordinal));
        // The pack's passage says whose words it holds; a letter's own passage needs no second kind.
        Assert.Equal("InspectionLetter", ofsted.Hits.Single(h => h.DocumentId == "pack").PartKind);
        Assert.Null(ofsted.Hits.Single(h => h.DocumentId == "letter").PartKind);
        Assert.Equal(10, ofsted.Hits.Count);
        // The audits the letters displaced open the next page, and no passage is shown twice across the two pages.
        Assert.Equal(14, ofsted.Hits.Concat(secondPage.Hits).Where(h => !h.DocumentId.StartsWith("other-", StringComparison.Ordinal)).Select(h => h.PassageId).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void AQuestionThatOnlyNamesInspectorsDoesNotPutLettersFirst()
    {
        // Other passages, so that the two words are rare enough to outweigh the letters' small constant lift.
        for (var i = 0; i < 8; i++)
        {
            _index.Add($"other-{i}", $"Foster carers' training, item {i}, was reviewed by the panel.", kind: "CommitteeReport");
        }

        _index.Add("report", "Inspectors' documents: before the visit, inspectors were given documents, over a hundred documents in all.", kind: "CommitteeReport")
            .Add("letter", "Inspectors met leaders, social workers, managers and partners over two days, sampled children's records and read documents that leaders chose to share about the service and its plans for the year ahead.", kind: "InspectionLetter")
            .Commit();

        var howMany = _index.Search("how many documents were inspectors given");
        var said = _index.Search("what did inspectors say about documents given");

        Assert.Equal("report", howMany.Hits[0].DocumentId);
        Assert.Equal("letter", said.Hits[0].DocumentId);
    }

    [Fact]
    public void ShorthandStaffTypeFindsTheWordsWrittenOut()
    {
        _index.Add("weeks", "Of new EHC plans, 47% were issued within 20 weeks this quarter.")
            .Add("year", "Year 9 annual reviews now include a preparing for adulthood section, and management oversight is recorded.")
            .Add("other", "EHC plans were issued late this quarter; reviews were delayed.")
            .Commit();

        var weeks = _index.Search("EHC plans within 20 wks");
        var year = _index.Search("yr 9 reviews mgmt oversight");

        Assert.Equal("weeks", weeks.Hits[0].DocumentId);
        Assert.Null(weeks.Message);
        Assert.Equal("year", year.Hits[0].DocumentId);
        Assert.Null(year.Message);
    }

    [Fact]
    public void LatestAndTheLastVisitAskForTheNewestButLastBeforeOtherWordsIsAWordToFind()
    {
        _index.Add("visit-2022", "At this monitoring visit, supervision was irregular and supervision records were brief.", kind: "InspectionLetter", date: new DateOnly(2022, 3, 10))
            .Add("visit-2025", "At this monitoring visit, supervision was regular, and leaders had improved the quality of plans, the timeliness of visits and the recording of decisions across all of the teams.", kind: "InspectionLetter", date: new DateOnly(2025, 6, 12))
            .Add("resort", "Residential care is used as a last resort for placements.")
            .Add("plans", "Placements are matched with care and a resort to emergency beds is rare.")
            .Commit();

        var plain = _index.Search("monitoring visit supervision");
        var lastVisit = _index.Search("what did the last monitoring visit say about supervision");
        var latest = _index.Search("the latest on supervision at the monitoring visit");
        var lastResort = _index.Search("last resort placements");

        Assert.Equal("visit-2022", plain.Hits[0].DocumentId);
        Assert.Equal(["visit-2025", "visit-2022"], lastVisit.Hits.Select(h => h.DocumentId));
        Assert.Null(lastVisit.Message);
        Assert.Equal("visit-2025", latest.Hits[0].DocumentId);
        // "last" before another word is looked for: only the passage with it has every word.
        Assert.Equal("resort", lastResort.Hits[0].DocumentId);
        Assert.Contains("1 passage has all the words", lastResort.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAbbreviationWrittenWithAnAmpersandFindsItsLongForm()
    {
        _index.Add("a", "No care leaver has been placed in bed and breakfast accommodation since May.")
            .Add("b", "Breakfast clubs opened in three primary schools.")
            .Commit();

        // "B&B" is two one-letter words to the analyser; the glossary's entry for it is what finds the long form.
        var results = _index.Search("B&B");

        Assert.Equal(["a"], results.Hits.Select(h => h.DocumentId));
    }

    public void Dispose() => _index.Dispose();
}
