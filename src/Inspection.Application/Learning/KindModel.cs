using Microsoft.ML;
using Microsoft.ML.Data;

namespace Inspection.Application.Learning;

/// <summary>
/// A text classifier of kinds of evidence (ML.NET: word and character n-grams, a maximum-entropy model), trained on
/// documents whose kind people have seen to (the store's own items, corrections included). It is a second opinion:
/// the reading's rules decide first, and the model speaks where they are silent or unsure.
/// </summary>
public sealed class KindModel
{
    private const string Label = "Label";
    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly string[] _kinds;

    private KindModel(MLContext ml, ITransformer model, string[] kinds)
    {
        _ml = ml;
        _model = model;
        _kinds = kinds;
    }

    /// <summary>The kinds it was trained on, in the order of its scores.</summary>
    public IReadOnlyList<string> Kinds => _kinds;

    /// <summary>The fewest examples of at least two kinds a model needs; with fewer it would only repeat the majority.</summary>
    public const int MinimumPerKind = 3;

    /// <summary>Trains on the examples (a fixed seed, so the same store gives the same model); null when there is too little to learn from.</summary>
    public static KindModel? Train(IReadOnlyList<KindExample> examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var usable = Usable(examples);
        if (usable.Count == 0)
        {
            return null;
        }

        var ml = new MLContext(seed: 7);
        var data = ml.Data.LoadFromEnumerable(usable);
        var model = Pipeline(ml).Fit(data);
        var kinds = KindsOf(model, ml, data);
        return new KindModel(ml, model, kinds);
    }

    /// <summary>The most likely kind of a document's text, with its probability.</summary>
    public KindGuess Predict(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var engine = _ml.Model.CreatePredictionEngine<KindExample, KindPrediction>(_model);
        var prediction = engine.Predict(new KindExample { Text = Clip(text) });
        var best = prediction.Score.Length == 0 ? 0 : prediction.Score.Max();
        return new KindGuess(prediction.PredictedKind, best);
    }

    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + ".tmp";
        _ml.Model.Save(_model, null, temp);
        File.Move(temp, path, overwrite: true);
    }

    public static KindModel? Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            return null;
        }

        var ml = new MLContext(seed: 7);
        var model = ml.Model.Load(path, out _);
        var probe = ml.Data.LoadFromEnumerable(new[] { new KindExample { Text = "", Kind = "" } });
        return new KindModel(ml, model, KindsOf(model, ml, probe));
    }

    private static List<KindExample> Usable(IReadOnlyList<KindExample> examples)
    {
        var counts = examples.Where(e => e.Kind.Length > 0).GroupBy(e => e.Kind, StringComparer.Ordinal).Where(g => g.Count() >= MinimumPerKind).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        return counts.Count < 2 ? [] : [.. examples.Where(e => counts.Contains(e.Kind)).Select(e => new KindExample { Text = Clip(e.Text), Kind = e.Kind })];
    }

    private static EstimatorChain<Microsoft.ML.Transforms.KeyToValueMappingTransformer> Pipeline(MLContext ml) =>
        ml.Transforms.Conversion.MapValueToKey(Label, nameof(KindExample.Kind))
            .Append(ml.Transforms.Text.FeaturizeText("Features", nameof(KindExample.Text)))
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(Label, "Features"))
            .Append(ml.Transforms.Conversion.MapKeyToValue(nameof(KindPrediction.PredictedKind), "PredictedLabel"));

    private static string[] KindsOf(ITransformer model, MLContext ml, IDataView data)
    {
        var schema = model.GetOutputSchema(data.Schema);
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        schema["Score"].GetSlotNames(ref names);
        _ = ml;
        return [.. names.DenseValues().Select(n => n.ToString())];
    }

    // The start of a document says what it is; a whole agenda pack would only slow training.
    private static string Clip(string text) => text.Length <= 6000 ? text : text[..6000];
}
