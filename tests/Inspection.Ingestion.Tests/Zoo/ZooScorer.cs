using System.Text;
using System.Text.RegularExpressions;
using Inspection.Ingestion.Enrichment;
using Inspection.Ingestion.Extraction;
using Inspection.Ingestion.Segmentation;

namespace Inspection.Ingestion.Tests.Zoo;

/// <summary>Compares what ingestion made of a zoo document with its expectation, one scored value at a time.</summary>
public static partial class ZooScorer
{
    public const string Title = "title";
    public const string Kind = "kind";
    public const string Published = "publication date";
    public const string Organisation = "organisation";
    public const string Marking = "marking";
    public const string Visits = "visits";
    public const string Judgements = "judgements";
    public const string Findings = "findings";
    public const string Actions = "RAG rows";
    public const string Headings = "agenda headings";
    public const string Sentences = "whole sentences";
    public const string LeftOut = "left out";

    private const string OpeningMarks = "([{\"'-/";
    private const string ClosingMarks = ".,;:!?)]}\"'";

    public static IReadOnlyList<ZooCheck> Score(
        string name, ZooExpectation expected, ExtractedDocument document, DocumentMetadata metadata, IReadOnlyList<PassageDraft> passages, IReadOnlyList<string> sentences)
    {
        var checks = new List<ZooCheck>();
        void Check(string field, string what, bool ok, string? actual) => checks.Add(new ZooCheck(name, expected.HeldOut, field, what, ok, actual));

        if (expected.Title is not null)
        {
            Check(Title, expected.Title, Same(expected.Title, metadata.Title), metadata.Title);
        }

        if (expected.Kind is not null)
        {
            Check(Kind, expected.Kind, expected.Kind == metadata.Kind, metadata.Kind);
        }

        Check(Published, Iso(expected.Published) ?? "none", expected.Published == metadata.DocumentDate || expected.Published is null, Iso(metadata.DocumentDate));
        if (expected.Organisation is not null)
        {
            Check(Organisation, expected.Organisation, Same(expected.Organisation, metadata.Organisation), metadata.Organisation);
        }

        if (expected.Marking is not null)
        {
            Check(Marking, expected.Marking, Same(expected.Marking, document.ProtectiveMarking), document.ProtectiveMarking);
        }

        var visits = AllVisits(metadata);
        foreach (var visit in expected.Visits)
        {
            var what = visit.Kind + " " + (visit.Month ?? string.Join(" to ", (visit.Dates ?? []).Select(d => Iso(d))));
            Check(Visits, what, visits.Any(v => Matches(visit, v)), string.Join("; ", visits.Select(v => v.Kind + " " + string.Join(",", v.Dates.Select(d => Iso(d))))));
        }

        foreach (var (judgement, grade) in expected.Judgements)
        {
            var found = metadata.Judgements.FirstOrDefault(j => JudgementName(j.Key) == JudgementName(judgement));
            Check(Judgements, judgement + " = " + grade, found.Key is not null && Same(found.Value, grade), found.Key is null ? "missing" : found.Value);
        }

        foreach (var finding in expected.Findings)
        {
            var ok = metadata.Findings.Any(f => f.Kind == finding.Kind && (finding.Verdict is null || f.Verdict == finding.Verdict) && Same(f.Text, finding.Text));
            var near = metadata.Findings.FirstOrDefault(f => Same(f.Text, finding.Text)) is { } n ? n.Kind + " " + n.Verdict : "missing";
            Check(Findings, finding.Kind + " " + finding.Verdict + ": " + finding.Text, ok, near);
        }

        foreach (var action in expected.Actions ?? [])
        {
            var row = metadata.Actions.FirstOrDefault(a => Same(a.Action, action.Action));
            var ok = row is not null && Same(row.Reference, action.Ref) && Same(row.Owner, action.Owner) && row.DueDate == action.Due && Same(row.Rag, action.Rag);
            Check(Actions, action.Ref + " " + action.Action, ok, row is null ? "missing" : $"{row.Reference} | {row.Owner} | {Iso(row.DueDate)} | {row.Rag}");
        }

        foreach (var heading in expected.Headings ?? [])
        {
            var ok = passages.Any(p => Normalise(p.HeadingPath).StartsWith(Normalise(heading), StringComparison.Ordinal));
            Check(Headings, heading, ok, null);
        }

        // A line set as a heading is kept whole in the heading path of the passages under it.
        var passageText = passages.Select(p => Normalise(p.Text)).Concat(passages.SelectMany(p => p.HeadingPath.Split(" > ")).Select(Normalise)).ToList();
        foreach (var sentence in sentences)
        {
            var wanted = Normalise(sentence);
            Check(Sentences, sentence, passageText.Any(p => ContainsWhole(p, wanted)), null);
        }

        var allText = string.Join("\n", passages.Select(p => Flatten(p.HeadingPath) + "\n" + Flatten(p.Text)));
        foreach (var text in expected.Absent ?? [])
        {
            var unwanted = Flatten(text);
            Check(LeftOut, text, !allText.Contains(unwanted, StringComparison.Ordinal), null);
        }

        return checks;
    }

    public static string Report(IReadOnlyList<ZooCheck> checks)
    {
        var text = new StringBuilder();
        text.Append("| field | tuned | held out |\n|---|---|---|\n");
        foreach (var field in checks.Select(c => c.Field).Distinct())
        {
            text.Append("| ").Append(field).Append(" | ").Append(Rate(checks, field, heldOut: false)).Append(" | ").Append(Rate(checks, field, heldOut: true)).Append(" |\n");
        }

        text.Append("\nMisses:\n");
        foreach (var miss in checks.Where(c => !c.Ok))
        {
            text.Append("- ").Append(miss.HeldOut ? "[held out] " : "").Append(miss.Document).Append(" / ").Append(miss.Field).Append(": ").Append(miss.Expected);
            if (miss.Actual is not null)
            {
                text.Append(" (got: ").Append(miss.Actual).Append(')');
            }

            text.Append('\n');
        }

        // Each held-out document's own counts, so that one round's figures can be told from another's.
        text.Append("\nHeld-out documents:\n");
        foreach (var document in checks.Where(c => c.HeldOut).GroupBy(c => c.Document))
        {
            text.Append("- ").Append(document.Key).Append(": ")
                .AppendJoin("; ", document.GroupBy(c => c.Field).Select(f => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{f.Key} {f.Count(c => c.Ok)}/{f.Count()}")))
                .Append('\n');
        }

        return text.ToString();
    }

    public static double Accuracy(IEnumerable<ZooCheck> checks)
    {
        var list = checks.ToList();
        return list.Count == 0 ? 1 : list.Count(c => c.Ok) / (double)list.Count;
    }

    /// <summary>Lower case, straight quotes, single spaces, no closing punctuation: what a reader would call the same text.</summary>
    public static string Normalise(string? text)
    {
        if (text is null)
        {
            return "";
        }

        return Flatten(text).TrimEnd('.', ';', ',', ':', ' ');
    }

    /// <summary>Lower case, straight quotes, plain hyphens (a non-breaking hyphen looks like one), single spaces, closing punctuation kept (a run of leader dots is text).</summary>
    private static string Flatten(string text)
    {
        var straight = text.Replace('’', '\'').Replace('‘', '\'').Replace('“', '"').Replace('”', '"').Replace('–', '-').Replace('\u2010', '-').Replace('\u2011', '-').ToLowerInvariant();
        return Space().Replace(straight, " ").Trim();
    }

    private static string Rate(IReadOnlyList<ZooCheck> checks, string field, bool heldOut)
    {
        var some = checks.Where(c => c.Field == field && c.HeldOut == heldOut).ToList();
        return some.Count == 0 ? "-" : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{some.Count(c => c.Ok)}/{some.Count} ({100.0 * some.Count(c => c.Ok) / some.Count:F0}%)");
    }

    // A sentence is whole only where it starts and ends as a reader sees it: after a space, an opening bracket or quote, and
    // before closing punctuation and a space. "for 2026Start pathway" and "at fifteen.Offer every" hold each sentence as a
    // substring, but glued into one word (a word breaker reads "fifteen.offer" as one token).
    private static bool ContainsWhole(string text, string wanted)
    {
        if (wanted.Length == 0)
        {
            return true;
        }

        for (var at = text.IndexOf(wanted, StringComparison.Ordinal); at >= 0; at = text.IndexOf(wanted, at + 1, StringComparison.Ordinal))
        {
            var end = at + wanted.Length;
            while (end < text.Length && ClosingMarks.Contains(text[end], StringComparison.Ordinal))
            {
                end++;
            }

            var startsApart = at == 0 || char.IsWhiteSpace(text[at - 1]) || OpeningMarks.Contains(text[at - 1], StringComparison.Ordinal) || !char.IsLetterOrDigit(wanted[0]);
            var endsApart = end == text.Length || char.IsWhiteSpace(text[end]);
            if (startsApart && endsApart)
            {
                return true;
            }
        }

        return false;
    }

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static bool Same(string? a, string? b) => a is not null && b is not null && Normalise(a) == Normalise(b);

    private static string JudgementName(string name)
    {
        var text = Normalise(Regex.Replace(name, @"^\s*\d+(\.\d+)*\.?\s+", ""));
        return text.StartsWith("the ", StringComparison.Ordinal) ? text[4..] : text;
    }

    private static List<Visit> AllVisits(DocumentMetadata metadata)
    {
        var visits = new List<Visit>(metadata.Visits);
        if (metadata.VisitKind is not null)
        {
            visits.Add(new Visit(metadata.VisitKind, metadata.VisitDates));
        }

        visits.AddRange(metadata.EmbeddedLetters.Where(l => l.VisitKind is not null).Select(l => new Visit(l.VisitKind!, l.VisitDates)));
        return visits;
    }

    private static bool Matches(ExpectedVisit expected, Visit visit)
    {
        if (expected.Kind != visit.Kind || visit.Dates.Count == 0)
        {
            return false;
        }

        if (expected.Month is not null)
        {
            return visit.Dates[0].ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture) == expected.Month;
        }

        return expected.Dates is { Count: > 0 } dates && dates[0] == visit.Dates[0] && dates[^1] == visit.Dates[^1];
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}

/// <summary>One scored value: which document and field, what was expected, whether ingestion gave it and what it gave instead.</summary>
public sealed record ZooCheck(string Document, bool HeldOut, string Field, string Expected, bool Ok, string? Actual);
