namespace Inspection.Application.Learning;

/// <summary>
/// Measures the classifier beside the reading's rules on documents of known kind, each guessed by a model trained without
/// it: k-fold cross-validation over one set, or a model trained on one set and scored on another kept apart.
/// </summary>
public static class KindEvaluation
{
    /// <summary>
    /// <paramref name="folds"/>-fold cross-validation: the documents are dealt into folds in turn, and each fold is guessed
    /// by a model trained on the others. Every document counts in all three figures; a document no model could guess (too
    /// few of its kind elsewhere to learn it) counts against the classifier alone and leaves the rules' kind standing.
    /// </summary>
    public static KindScores CrossValidate(IReadOnlyList<KindCase> cases, int folds)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var guesses = new KindGuess?[cases.Count];
        var usable = new bool[cases.Count];
        for (var fold = 0; fold < folds; fold++)
        {
            var model = KindModel.Train([.. cases.Where((_, i) => i % folds != fold).Select(Example)]);
            for (var i = fold; i < cases.Count; i += folds)
            {
                guesses[i] = model?.Predict(cases[i].Text);
                usable[i] = model is not null && KindLearning.KnowsSilence(model);
            }
        }

        return Score(cases, guesses, usable);
    }

    /// <summary>Trains on <paramref name="training"/> alone and scores the documents of <paramref name="heldOut"/>.</summary>
    public static KindScores HeldOut(IReadOnlyList<KindCase> training, IReadOnlyList<KindCase> heldOut)
    {
        ArgumentNullException.ThrowIfNull(training);
        ArgumentNullException.ThrowIfNull(heldOut);
        var model = KindModel.Train([.. training.Select(Example)]);
        var knows = model is not null && KindLearning.KnowsSilence(model);
        return Score(heldOut, [.. heldOut.Select(c => model?.Predict(c.Text))], [.. heldOut.Select(_ => knows)]);
    }

    // The classifier alone is scored on every guess; rules first uses a guess only from a model that may overrule silence.
    private static KindScores Score(IReadOnlyList<KindCase> cases, KindGuess?[] guesses, bool[] usable)
    {
        if (cases.Count == 0)
        {
            return new KindScores(0, 0, 0, 0);
        }

        int rules = 0, learned = 0, combined = 0, overruled = 0;
        for (var i = 0; i < cases.Count; i++)
        {
            var known = cases[i];
            var chosen = KindLearning.Choose(known.RulesKind, usable[i] ? guesses[i] : null);
            rules += Same(known.RulesKind, known.Kind);
            learned += Same(guesses[i]?.Kind, known.Kind);
            combined += Same(chosen, known.Kind);
            overruled += Same(chosen, known.RulesKind) == 1 ? 0 : 1;
        }

        double Share(int count) => count / (double)cases.Count;
        return new KindScores(cases.Count, Share(rules), Share(learned), Share(combined)) { Overruled = overruled };
    }

    private static int Same(string? a, string b) => string.Equals(a, b, StringComparison.Ordinal) ? 1 : 0;

    private static KindExample Example(KindCase known) => new() { Text = known.Text, Kind = known.Kind };
}
