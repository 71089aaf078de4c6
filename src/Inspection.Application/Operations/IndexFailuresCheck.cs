using System.Globalization;
using Inspection.Content.Outbox;

namespace Inspection.Application.Operations;

/// <summary>
/// Items the indexer could not index (recorded and skipped so that the rest went on): each is a problem, since search
/// does not show it until it is changed or the index is rebuilt.
/// </summary>
public sealed class IndexFailuresCheck(IIndexingFailureStore failures) : IIntegrityCheckSection
{
    public string Name => "index-failures";

    public string Title => "Indexing: no item the index had to skip";

    public async Task<CheckSection> RunAsync(IntegrityCheckOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var found = new CheckFindings(options);
        var count = await failures.CountAsync(cancellationToken).ConfigureAwait(false);
        foreach (var failure in await failures.ListAsync(options.MaxListed, cancellationToken).ConfigureAwait(false))
        {
            found.Problem("index-failure", string.Create(
                CultureInfo.InvariantCulture,
                $"item {failure.ContentItemId} (version {failure.ContentItemVersionId}) could not be indexed after {failure.Attempts} attempt(s), last {failure.LastFailedUtc:yyyy-MM-dd HH:mm} UTC: {failure.Error}"));
        }

        found.Figure("itemsSkipped", count);
        return found.ToSection(Name, Title);
    }
}
