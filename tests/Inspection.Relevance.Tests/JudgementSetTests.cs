using Inspection.Relevance;

namespace Inspection.Relevance.Tests;

/// <summary>The judged set itself: big enough, split as promised, and every judgement pointing at real passages.</summary>
[Collection(HarnessGroup.Name)]
public sealed class JudgementSetTests(HarnessFixture fixture)
{
    [Fact]
    public void TheSetHasAtLeast150QueriesInSixGroupsWithAboutAThirdHeldOut()
    {
        var queries = fixture.Harness.Queries;
        Assert.True(queries.Count >= 150, $"{queries.Count} queries");
        foreach (var group in JudgementFile.Groups)
        {
            var mine = queries.Where(q => q.Group == group).ToList();
            Assert.True(mine.Count >= 20, $"{group}: {mine.Count} queries");
            var held = mine.Count(q => q.HeldOut) / (double)mine.Count;
            Assert.InRange(held, 0.28, 0.4);
        }

        Assert.Equal(queries.Count, queries.Select(q => q.Query).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void EveryRelevantPhraseNamesAFewPassagesOfTheCorpus()
    {
        var passages = fixture.Harness.Corpus.Passages;
        var problems = new List<string>();
        foreach (var query in fixture.Harness.Queries)
        {
            foreach (var phrase in query.Relevant)
            {
                var matches = passages.Count(p => JudgedGrades.Normalise(p.Text).Contains(JudgedGrades.Normalise(phrase.Text), StringComparison.Ordinal));
                if (matches is 0 or > 6)
                {
                    problems.Add($"line {query.Line}: \"{phrase.Text}\" is in {matches} passages");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void ParaphrasesShareNoContentWordWithTheirBestPassage()
    {
        var passages = fixture.Harness.Corpus.Passages;
        var problems = new List<string>();
        foreach (var query in fixture.Harness.Queries.Where(q => q.Group == "paraphrase"))
        {
            var words = PlainBm25Engine.ContentWords(query.Query);
            var best = JudgedGrades.For(query, passages).Where(g => g.Value == 2).Select(g => passages.Single(p => p.PassageId == g.Key));
            foreach (var passage in best)
            {
                var shared = words.Intersect(PlainBm25Engine.ContentWords(passage.Text)).ToList();
                if (shared.Count > 0)
                {
                    problems.Add($"line {query.Line} \"{query.Query}\" shares {string.Join(", ", shared)} with {passage.PassageId}");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void FilteredQueriesIncludeTypeDateOrganisationThemeAndTrimming()
    {
        var filtered = fixture.Harness.Queries.Where(q => q.Group == "filtered").ToList();
        foreach (var filter in new[] { "type:", "after:", "before:", "org:", "theme:" })
        {
            Assert.Contains(filtered, q => q.Query.Contains(filter, StringComparison.Ordinal));
        }

        Assert.Contains(filtered, q => q.Allowed is not null);
    }
}
