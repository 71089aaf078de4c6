using System.Text;
using Inspection.Content.Evidence;
using Inspection.Content.Model;
using Inspection.Content.Store;
using Inspection.Readiness.Access;

namespace Inspection.Application.Learning;

/// <summary>
/// Learning kinds from the store's own evidence: every published document, with the kind people left it as (their
/// corrections included), trains the model; a document whose reading said "Other", or whose kind the model doubts
/// strongly, gets a suggestion with its confidence. The rules decide; the model only suggests.
/// </summary>
public sealed class KindLearning(IContentStore store, IEvidenceStore evidence, KindModelFile file)
{
    /// <summary>The kind the reading gives when its rules recognise nothing.</summary>
    public const string Silent = "Other";

    /// <summary>Below this the model's guess is not worth a person's attention.</summary>
    public const double SuggestAbove = 0.5;

    /// <summary>A kind the rules chose is questioned only when the model is this sure of another.</summary>
    public const double DoubtAbove = 0.8;

    /// <summary>Trains on every published document and saves the model; returns how many documents it learned from (0: too few to learn).</summary>
    public async Task<int> TrainAsync(CancellationToken cancellationToken)
    {
        var examples = await ExamplesAsync(cancellationToken).ConfigureAwait(false);
        var model = KindModel.Train(examples);
        if (model is null)
        {
            return 0;
        }

        file.Save(model);
        return examples.Count;
    }

    /// <summary>Cross-validated accuracy on the store's documents: how often a model that never saw a document gives it the kind it has.</summary>
    public async Task<(double Accuracy, int Documents)> CrossValidateAsync(int folds, CancellationToken cancellationToken)
    {
        var examples = await ExamplesAsync(cancellationToken).ConfigureAwait(false);
        var accuracy = KindModel.CrossValidate(examples, folds, out var guesses);
        return (accuracy, guesses.Count);
    }

    /// <summary>A different kind for a document the caller may see, when the model has one worth suggesting; null otherwise.</summary>
    public async Task<KindGuess?> SuggestAsync(string id, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var model = file.Current();
        var item = model is null || string.IsNullOrWhiteSpace(id) ? null : await store.GetAsync(id, VersionOptions.Latest, cancellationToken).ConfigureAwait(false);
        if (model is null || item is null || !EvidencePart.IsEvidence(item) || !caller.MaySee(EvidencePart.GetText(item, EvidencePart.Classification)))
        {
            return null;
        }

        var guess = model.Predict(await TextAsync(item, cancellationToken).ConfigureAwait(false));
        var silent = string.Equals(item.ContentType, Silent, StringComparison.Ordinal);
        return !string.Equals(guess.Kind, item.ContentType, StringComparison.Ordinal)
            && guess.Confidence >= (silent ? SuggestAbove : DoubtAbove)
            ? guess
            : null;
    }

    /// <summary>The words the classifier reads of a document: its title, then its passages from the start.</summary>
    public async Task<string> TextAsync(ContentItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var text = new StringBuilder(item.DisplayText).Append('\n');
        foreach (var passage in await evidence.ListPassagesAsync(item.ContentItemVersionId, cancellationToken).ConfigureAwait(false))
        {
            if (text.Length > 6000)
            {
                break;
            }

            text.Append(passage.Text).Append('\n');
        }

        return text.ToString();
    }

    private async Task<List<KindExample>> ExamplesAsync(CancellationToken cancellationToken)
    {
        var examples = new List<KindExample>();
        foreach (var item in await store.ListAsync(null, cancellationToken).ConfigureAwait(false))
        {
            if (EvidencePart.IsEvidence(item) && item.Published)
            {
                examples.Add(new KindExample { Kind = item.ContentType, Text = await TextAsync(item, cancellationToken).ConfigureAwait(false) });
            }
        }

        return examples;
    }
}
