using Inspection.Ingestion.Enrichment;
using Inspection.Ingestion.Extraction;
using Inspection.Ingestion.Segmentation;
using Inspection.Ingestion.Tests.Enrichment;
using Microsoft.Extensions.Options;

namespace Inspection.Ingestion.Tests.Segmentation;

public sealed class CorpusSegmentationTests
{
    private const int MinWords = 50;
    private const int MaxWords = 300;

    private readonly PassageSegmenter _segmenter = new(Options.Create(new PassageSegmenterOptions()));

    public static TheoryData<string> Files => new()
    {
        "medway-cabinet-send-revisit-2020.pdf",
        "thurrock-childrens-overview-scrutiny-2021-10.pdf",
        "medway-lead-member-childrens-services-2022.pdf",
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void PassagesStayWithinTheWordLimitsUnlessTheirSectionIsShorter(string file)
    {
        var passages = _segmenter.Segment(CorpusDocuments.Load(file).Blocks);

        Assert.All(passages, p => Assert.InRange(Words(p), 1, MaxWords));
        for (var i = 0; i < passages.Count; i++)
        {
            if (Words(passages[i]) >= MinWords)
            {
                continue;
            }

            // A short passage is the whole of its section, or could not join its neighbour in the section without passing the maximum.
            var section = Section(passages, i);
            var neighbours = section.Where(j => Math.Abs(j - i) == 1).ToList();
            Assert.True(
                neighbours.Count == 0 || neighbours.All(j => Words(passages[j]) + Words(passages[i]) > MaxWords),
                $"passage {i} ({Words(passages[i])} words) under '{passages[i].HeadingPath}' could have joined a neighbour");
        }

        Assert.True(passages.Count(p => Words(p) >= MinWords) * 2 > passages.Count, "most passages reach the minimum");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void NoPassageEndsInTheMiddleOfASentence(string file)
    {
        var document = CorpusDocuments.Load(file);
        // A table row too long for one passage is cut between its cells, so a cell's end counts as a block's.
        var blockEnds = document.Blocks.Select(b => Collapse(b.Text))
            .Concat(document.Blocks.Where(b => b.Kind == BlockKind.TableRow).SelectMany(b => b.Text.Split(" | ")).Select(Collapse))
            .ToList();

        foreach (var passage in _segmenter.Segment(document.Blocks))
        {
            // Blocks are joined by line breaks in a passage, sentences of one block by spaces.
            var text = Collapse(passage.Text[(passage.Text.LastIndexOf('\n') + 1)..]);
            Assert.True(
                EndsSentence(text) || blockEnds.Any(b => b.Length > 0 && (b.EndsWith(text, StringComparison.Ordinal) || text.EndsWith(b, StringComparison.Ordinal))),
                $"passage {passage.Ordinal} ends mid-sentence: '{text}'");
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void PassagesKeepEveryWordInOrderWithPagesInsideTheDocument(string file)
    {
        var document = CorpusDocuments.Load(file);
        var passages = _segmenter.Segment(document.Blocks);

        NoWordLost.Check(document.Blocks, passages);
        Assert.Equal(Enumerable.Range(0, passages.Count), passages.Select(p => p.Ordinal));
        Assert.All(passages, p =>
        {
            Assert.InRange(p.PageFrom, 1, document.PageCount);
            Assert.InRange(p.PageTo, p.PageFrom, document.PageCount);
        });
        Assert.True(passages.Zip(passages.Skip(1)).All(pair => pair.First.PageFrom <= pair.Second.PageFrom), "pages run forwards");
    }

    [Fact]
    public void MedwayPassagesCarryNumberedHeadingPaths()
    {
        var passages = _segmenter.Segment(CorpusDocuments.Load("medway-cabinet-send-revisit-2020.pdf").Blocks);

        const string Area7 = "4. Update on Progress towards the Improvement Actions > 4.7 Area 7";
        // The one-line weakness under "4.7 Area 7" travels with the key findings beneath it.
        var area7 = Assert.Single(passages, p => p.HeadingPath.StartsWith(Area7, StringComparison.Ordinal));
        Assert.Equal(Area7, area7.HeadingPath);
        // The "Key Findings" sub-heading it was carried past stays in the text, so no word is lost.
        Assert.StartsWith("The Quality of Education, Health and Care Plans.\n\nKey Findings\n\nThe combination of input from parents", area7.Text, StringComparison.Ordinal);
        Assert.EndsWith("has not made sufficient progress in addressing this significant weakness", area7.Text, StringComparison.Ordinal);
        Assert.Equal((5, 6), (area7.PageFrom, area7.PageTo));
        Assert.All(passages.Skip(1), p => Assert.NotEqual("", p.HeadingPath));
    }

    private static List<int> Section(IReadOnlyList<PassageDraft> passages, int index)
    {
        var first = index;
        while (first > 0 && passages[first - 1].HeadingPath == passages[index].HeadingPath)
        {
            first--;
        }

        var last = index;
        while (last + 1 < passages.Count && passages[last + 1].HeadingPath == passages[index].HeadingPath)
        {
            last++;
        }

        return [.. Enumerable.Range(first, last - first + 1)];
    }

    private static int Words(PassageDraft passage) => BlockText.WordCount(passage.Text);

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static bool EndsSentence(string text) => text.TrimEnd('"', '\'', '’', '”', ')')[^1] is '.' or '!' or '?' or ':' or ';';
}
