namespace Inspection.Application.Learning;

/// <summary>
/// How often each way of choosing a kind gave a set of documents the kind they have: the reading's rules alone, the
/// classifier alone (by a model that never saw the document), and rules first with the classifier where they are silent
/// or weak, as the product suggests. Accuracies are 0 to 1 over <see cref="Documents"/>.
/// </summary>
public sealed record KindScores(int Documents, double Rules, double Classifier, double Combined)
{
    /// <summary>Documents whose kind rules first with the classifier chose differently from the rules alone.</summary>
    public int Overruled { get; init; }
}
