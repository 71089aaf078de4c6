using System.Text;
using Inspection.Search.Tests.Corpus;

namespace Inspection.Search.Tests.Query;

[Collection(CorpusGroup.Name)]
public sealed class RobustnessTests(CorpusIndex corpus)
{
    private const string Palette = "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 \"\"--::**??()[]{}^~!\\/&|+,.;'@#%=<>\t\né£€漢字🙂";

    private static readonly string[] Fragments = ["OR", "type:", "theme:", "org:", "after:", "before:", "-\"", "\"", " OR OR ", "AND", "NOT", "*:*", "looked after children", "LAC", "type:audit"];

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"")]
    [InlineData("\"unbalanced phrase")]
    [InlineData("-")]
    [InlineData("- - -")]
    [InlineData("OR OR")]
    [InlineData("OR children OR")]
    [InlineData("*")]
    [InlineData("?")]
    [InlineData(":")]
    [InlineData("type:")]
    [InlineData("after:2021-13-45")]
    [InlineData("the of and")]
    [InlineData("-children")]
    [InlineData("title:(foo AND bar)^3 ~2 [a TO b] {x TO y}")]
    [InlineData("theme:/")]
    [InlineData("org:\"")]
    public void AwkwardInputReturnsResultsOrAMessage(string query)
    {
        var results = corpus.Search(query, top: 10);

        Assert.NotNull(results);
        Assert.True(results.Total > 0 || results.Message is not null, $"'{query}' gave neither hits nor a message");
    }

    [Fact]
    public void OnlyStopWordsStillSearch()
    {
        var results = corpus.Search("the of and");

        Assert.True(results.Total > 0);
    }

    [Fact]
    public void RandomNoiseNeverThrows()
    {
        var random = new Random(20211012);
        for (var i = 0; i < 200; i++)
        {
            var query = Noise(random, random.Next(0, 2001));

            var results = corpus.Service.Search(new SearchRequest
            {
                Query = query,
                AllowedClassifications = CorpusDocuments.WithoutPersonal,
                Top = 5,
                Facets = i % 3 == 0,
                GroupByDocument = i % 5 == 0,
            });

            Assert.True(results.Total >= 0);
            Assert.True(results.Total > 0 || results.Message is not null || results.Hits.Count == 0);
        }
    }

    [Fact]
    public void TwoThousandCharactersOfNoiseGetAnAnswerAndANoteAboutLength()
    {
        var query = Noise(new Random(7), 2000);

        var results = corpus.Search(query, top: 5);

        Assert.Contains("first 1000 characters", results.Message, StringComparison.Ordinal);
    }

    private static string Noise(Random random, int length)
    {
        var builder = new StringBuilder(length);
        while (builder.Length < length)
        {
            if (random.Next(6) == 0)
            {
                builder.Append(Fragments[random.Next(Fragments.Length)]);
            }
            else
            {
                builder.Append(Palette[random.Next(Palette.Length)]);
            }
        }

        return builder.ToString(0, length);
    }
}
