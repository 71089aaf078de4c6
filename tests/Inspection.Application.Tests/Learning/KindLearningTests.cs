using System.Globalization;
using System.Text.Json;
using Inspection.Application.Learning;
using Inspection.Content.Model;
using Inspection.Content.Store;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Inspection.Application.Tests.Learning;

/// <summary>
/// The kind classifier against the reading's rules on documents whose kind a person checked (the samples, the real
/// corpus and the layout zoo; scans and LibreOffice copies of zoo documents left out, so no text is in two folds). The
/// thresholds were chosen on the cross-validated part; the zoo's held-out documents only check them.
/// </summary>
public sealed class KindLearningTests(ITestOutputHelper output)
{
    [Fact]
    public async Task RulesFirstWithTheClassifierIsRightAtLeastAsOftenAsTheRulesAloneCrossValidatedAndHeldOut()
    {
        await using var store = await ApplicationStore.CreateAsync();
        var tuning = new List<KindCase>();
        var heldOut = new List<KindCase>();
        foreach (var (path, kind, isHeldOut) in Labelled())
        {
            var (_, outcome) = await store.IngestAsync(path, "tester", "Official");
            Assert.Equal("created", outcome.Status);
            var text = await store.InScopeAsync(async sp =>
            {
                var item = (await sp.GetRequiredService<IContentStore>().GetAsync(outcome.DocumentId!, VersionOptions.Latest, CancellationToken.None))!;
                return await sp.GetRequiredService<KindLearning>().TextAsync(item, CancellationToken.None);
            });
            (isHeldOut ? heldOut : tuning).Add(new KindCase(text, kind, outcome.Kind!));
        }

        var folds = KindEvaluation.CrossValidate(tuning, 5);
        var held = KindEvaluation.HeldOut(tuning, heldOut);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"kinds right: rules alone / classifier alone / rules first with the classifier (documents whose kind it changed)"));
        output.WriteLine(Line("5-fold cross-validated", folds, tuning));
        output.WriteLine(Line("held out (trained on the rest)", held, heldOut));
        var model = KindModel.Train([.. tuning.Select(c => new KindExample { Text = c.Text, Kind = c.Kind })]);
        foreach (var silent in heldOut.Where(c => string.Equals(c.RulesKind, KindLearning.Silent, StringComparison.Ordinal)))
        {
            var guess = model?.Predict(silent.Text);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"held out, rules silent: filed as {silent.Kind}, the model says {guess?.Kind ?? "nothing"} ({guess?.Confidence ?? 0:0.000} sure)"));
        }

        Assert.True(tuning.Count >= 25 && heldOut.Count >= 5, "too few labelled documents to measure on");
        // Better than always answering the commonest kind.
        var majority = tuning.GroupBy(c => c.Kind, StringComparer.Ordinal).Max(g => g.Count()) / (double)tuning.Count;
        Assert.True(folds.Classifier > majority, $"the classifier alone ({folds.Classifier:0.000}) should beat always answering the commonest kind ({majority:0.000})");
        Assert.True(folds.Combined >= folds.Rules, $"cross-validated, rules first with the classifier ({folds.Combined:0.000}) must not lose to the rules alone ({folds.Rules:0.000})");
        Assert.True(held.Combined >= held.Rules, $"held out, rules first with the classifier ({held.Combined:0.000}) must not lose to the rules alone ({held.Rules:0.000})");
    }

    [Fact]
    public void RulesStandUnlessTheyWereSilentAndTheModelIsSure()
    {
        Assert.Equal("Audit", KindLearning.Choose(KindLearning.Silent, new KindGuess("Audit", KindLearning.SuggestAbove)));
        Assert.Equal(KindLearning.Silent, KindLearning.Choose(KindLearning.Silent, new KindGuess("Audit", KindLearning.SuggestAbove - 0.01)));
        Assert.Equal("Minutes", KindLearning.Choose("Minutes", new KindGuess("Audit", 0.99)));
        Assert.Equal("Minutes", KindLearning.Choose("Minutes", null));
    }

    private static string Line(string how, KindScores scores, IReadOnlyList<KindCase> cases) => string.Create(
        CultureInfo.InvariantCulture,
        $"{how}, {scores.Documents} documents of {cases.Select(c => c.Kind).Distinct(StringComparer.Ordinal).Count()} kinds: {scores.Rules:0.000} / {scores.Classifier:0.000} / {scores.Combined:0.000} ({scores.Overruled})");

    // Path, kind and whether it is held out: the samples and the corpus are tuned on, the zoo says of each of its documents.
    private static List<(string Path, string Kind, bool HeldOut)> Labelled()
    {
        var root = ApplicationStore.Root;
        var list = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Learning", "labelled-kinds.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(p => (p[0].StartsWith("corpus:", StringComparison.Ordinal)
                ? Path.GetFullPath(Path.Combine(root, "..", "shared", "corpus", "real", p[0]["corpus:".Length..]))
                : Path.Combine(root, p[0]), p[1], false))
            .ToList();
        foreach (var expected in Directory.EnumerateFiles(Path.Combine(root, "build", "zoo", "docs"), "*.expected.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(expected)[..^".expected.json".Length];
            if (name.StartsWith("scan-", StringComparison.Ordinal) || name.EndsWith(".lo", StringComparison.Ordinal))
            {
                continue;
            }

            var document = Directory.EnumerateFiles(Path.GetDirectoryName(expected)!, name + ".*")
                .First(f => !f.EndsWith(".json", StringComparison.Ordinal) && !f.EndsWith(".txt", StringComparison.Ordinal));
            using var json = JsonDocument.Parse(File.ReadAllText(expected));
            var split = json.RootElement.TryGetProperty("split", out var s) ? s.GetString() : null;
            // A zoo document that names no kind (an expectation left open) teaches nothing about kinds.
            if (json.RootElement.GetProperty("kind").GetString() is { } kind)
            {
                list.Add((document, kind, string.Equals(split, "held-out", StringComparison.Ordinal)));
            }
        }

        return list;
    }
}
