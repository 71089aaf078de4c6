using System.Globalization;
using Inspection.Search.Tests.Corpus;
using Xunit.Abstractions;

namespace Inspection.Search.Tests.Results;

/// <summary>A small judged query set over the real corpus: each query names a distinctive phrase of the passage(s) that should rank first.</summary>
[Collection(CorpusGroup.Name)]
public sealed class JudgedQueryTests(CorpusIndex corpus, ITestOutputHelper output)
{
    public const double MrrFloor = 0.6;
    public const double RecallFloor = 0.7;

    private static readonly (string Query, string RelevantPhrase)[] Judgements =
    [
        ("RHI take-up", "currently at 58%, it is still too low"),
        ("looked after children special educational needs", "67% of looked after children have some level of special educational needs"),
        ("EHCP issued within 20 weeks", "issuing 66% of EHCPs within the statutory 20 weeks"),
        ("high needs deficit recovery plan", "increase the cumulative deficit to £20.8m"),
        ("DfE letter ending formal monitoring of SEND", "no longer need to continue with formal monitoring"),
        ("CAMHS waiting list", "children are having to wait for specialist emotional well-being mental"),
        ("\"has not made sufficient progress\" local offer website", "The Local Offer website is increasingly out of date"),
        ("parent carer forum influential groups", "The Parent and Carer Forum has places on some influential strategic"),
        ("foster carers resignations pandemic", "significant impact on foster carers with some resignations"),
        ("MASH thresholds", "safeguarding hub thresholds are well understood"),
        ("children missing education officer", "officer continues to support families moving into Medway"),
        ("permanent exclusions persistent disruptive behaviour", "persistent disruptive behaviour most frequently"),
        ("care leavers post-18 placements transition", "Post-18 placements are particularly hard to identify"),
        ("audits moderated quality gradings", "Between 10% and 20% of audits are moderated"),
        ("SEND transport eligible pupils", "Currently 1550 pupils are eligible for SEND transport"),
        ("WSoA annual reviews completed", "74% of annual reviews"),
        ("safeguarding partnership replaced local safeguarding children board", "to replace the Local Safeguarding Children Board"),
        ("supported internship places", "over 45 Supported Internship places"),
        ("early help rebranded family solutions", "rebranded our offer as Family Solutions"),
        ("social care advice in EHC plans child protection", "Insufficient input from social care"),
        ("adoption placement orders timely", "children with placement orders are placed in a very timely way"),
        ("unaccompanied children missing", "When unaccompanied young people go missing for prolonged periods"),
        ("mental health support teams schools", "Mental Health Support Teams initial training programme"),
        ("RAG rating key red", "The action has not yet started or there is significant delay"),
        ("youth cabinet county lines videos", "gang county lines by creating awareness"),
    ];

    [Fact]
    public void TheJudgedQueriesRankTheirPassagesNearTheTop()
    {
        var reciprocalRanks = new List<double>();
        var recalls = new List<double>();
        foreach (var (query, phrase) in Judgements)
        {
            var relevant = corpus.Passages.Where(p => TextAssert.Mentions(p.Text, phrase)).Select(p => p.PassageId).ToHashSet();
            Assert.True(relevant.Count > 0, $"no corpus passage contains \"{phrase}\"");
            var top10 = corpus.Search(query, CorpusDocuments.Everyone, top: 10).Hits.Select(h => h.PassageId).ToList();
            var rank = top10.FindIndex(relevant.Contains) + 1;
            reciprocalRanks.Add(rank == 0 ? 0 : 1.0 / rank);
            recalls.Add(top10.Count(relevant.Contains) / (double)relevant.Count);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rank,3}  {query}"));
        }

        var mrr = reciprocalRanks.Average();
        var recall = recalls.Average();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Judgements.Length} queries: MRR {mrr:F3}, recall@10 {recall:F3}"));
        Assert.True(Judgements.Length >= 20);
        Assert.True(mrr >= MrrFloor, string.Create(CultureInfo.InvariantCulture, $"MRR {mrr:F3} is below {MrrFloor}"));
        Assert.True(recall >= RecallFloor, string.Create(CultureInfo.InvariantCulture, $"recall@10 {recall:F3} is below {RecallFloor}"));
    }
}
