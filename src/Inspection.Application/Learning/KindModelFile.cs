using Inspection.Content.Store;
using Microsoft.Extensions.Options;

namespace Inspection.Application.Learning;

/// <summary>
/// The trained kind model of this data folder (<c>{data}/models/kinds.zip</c>), loaded once and again whenever a newer one
/// is saved (by this process's trainer or another's), so suggestions always come from the latest training.
/// </summary>
public sealed class KindModelFile(IOptions<StoreOptions> store)
{
    private readonly Lock _gate = new();
    private KindModel? _model;
    private DateTime _loadedWriteUtc;

    public string Path => System.IO.Path.Combine(store.Value.DataDirectory, "models", "kinds.zip");

    /// <summary>The latest saved model, or null when none has been trained yet.</summary>
    public KindModel? Current()
    {
        var written = File.Exists(Path) ? File.GetLastWriteTimeUtc(Path) : DateTime.MinValue;
        lock (_gate)
        {
            if (written != _loadedWriteUtc)
            {
                _model = written == DateTime.MinValue ? null : KindModel.Load(Path);
                _loadedWriteUtc = written;
            }

            return _model;
        }
    }

    public void Save(KindModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        model.Save(Path);
    }
}
