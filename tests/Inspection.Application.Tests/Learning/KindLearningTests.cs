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
/// corpus and the layout zoo; scans and LibreOffice copies of zoo documents left out, so no text is in two folds).
/// </summary>
public sealed class KindLearningTests(ITestOutputHelper output)
{
    [Fact]
    public async Task TheClassifierIsCrossValidatedBesideTheRulesAndRulesFirstIsNoWorseThanRulesAlone()
    {
        await using var store = await ApplicationStore.CreateAsync();
        var labelled = Labelled();
        var examples = new List<(KindExample Example, string RulesKind)>();
        foreach (var (path, kind) in labelled)
        {
            var (_, outcome) = await store.IngestAsync(path, "tester", "Official");
            Assert.Equal("created", outcome.Status);
            var text = await store.InScopeAsync(async sp =>
            {
                var item = (await sp.GetRequiredService<IContentStore>().GetAsync(outcome.DocumentId!, VersionOptions.Latest, CancellationToken.None))!;
                return await sp.GetRequiredService<KindLearning>().TextAsync(item, CancellationToken.None);
            });
            examples.Add((new KindExample { Text = text, Kind = kind }, outcome.Kind!));
        }

        var rules = examples.Count(e => e.RulesKind == e.Example.Kind) / (double)examples.Count;
        var learned = KindModel.CrossValidate([.. examples.Select(e => e.Example)], 5, out var guesses);
        var byText = guesses.ToDictionary(g => g.Example.Text, g => g.Guess, StringComparer.Ordinal);
        // Rules first: the model's guess stands only where the rules were silent ("Other") and the model is sure enough to suggest.
        var combined = examples.Count(e =>
        {
            var clipped = e.Example.Text.Length <= 6000 ? e.Example.Text : e.Example.Text[..6000];
            var chosen = e.RulesKind == KindLearning.Silent && byText.TryGetValue(clipped, out var guess) && guess.Confidence >= KindLearning.SuggestAbove
                ? guess.Kind
                : e.RulesKind;
            return chosen == e.Example.Kind;
        }) / (double)examples.Count;

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{examples.Count} documents, {examples.Select(e => e.Example.Kind).Distinct().Count()} kinds"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rules alone: {rules:0.000}; classifier alone (5-fold, {guesses.Count} documents of kinds with 3 or more): {learned:0.000}; rules first with the classifier where they are silent: {combined:0.000}"));
        Assert.True(examples.Count >= 25);
        Assert.True(guesses.Count >= 15, "too few documents of repeated kinds to cross-validate");
        Assert.True(learned > 0.5, $"the classifier alone should do better than chance on two or more kinds: {learned:0.000}");
        Assert.True(combined >= rules, $"rules first with the classifier ({combined:0.000}) must not lose to the rules alone ({rules:0.000})");
    }

    private static List<(string Path, string Kind)> Labelled()
    {
        var root = ApplicationStore.Root;
        var list = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Learning", "labelled-kinds.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(p => (p[0].StartsWith("corpus:", StringComparison.Ordinal)
                ? Path.GetFullPath(Path.Combine(root, "..", "shared", "corpus", "real", p[0]["corpus:".Length..]))
                : Path.Combine(root, p[0]), p[1]))
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
            list.Add((document, json.RootElement.GetProperty("kind").GetString()!));
        }

        return list;
    }
}
