namespace Inspection.Application.Learning;

/// <summary>The classifier's raw answer for one document: the predicted kind and a score per kind.</summary>
public sealed class KindPrediction
{
    public string PredictedKind { get; set; } = "";

    public float[] Score { get; set; } = [];
}
