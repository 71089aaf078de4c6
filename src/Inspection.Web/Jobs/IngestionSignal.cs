using System.Threading.Channels;

namespace Inspection.Web.Jobs;

/// <summary>Wakes the ingestion worker when an upload has saved a job; the job itself is in the store, so a lost wake-up loses nothing.</summary>
public sealed class IngestionSignal
{
    private readonly Channel<bool> _signals = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Wake() => _signals.Writer.TryWrite(true);

    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        try
        {
            await _signals.Reader.ReadAsync(timer.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The timeout passed with no wake-up: look at the store anyway.
        }
    }
}
