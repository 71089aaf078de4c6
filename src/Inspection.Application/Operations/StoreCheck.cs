using Inspection.Content.Integrity;

namespace Inspection.Application.Operations;

/// <summary>The store's own rows: every item has a latest version, and every passage belongs to a version the store holds.</summary>
public sealed class StoreCheck(StoreInventory inventory) : IIntegrityCheckSection
{
    public string Name => "store";

    public string Title => "Store: every item has a latest version and every passage its version";

    public async Task<CheckSection> RunAsync(IntegrityCheckOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var found = new CheckFindings(options);
        var withoutLatest = await inventory.ItemsWithoutLatestAsync(cancellationToken).ConfigureAwait(false);
        foreach (var id in withoutLatest)
        {
            found.Problem("no-latest-version", $"item {id} has no version marked latest");
        }

        var strayPassages = await inventory.PassagesWithoutVersionAsync(cancellationToken).ConfigureAwait(false);
        if (strayPassages > 0)
        {
            found.Problem("passages-without-version", $"{strayPassages} passage(s) belong to versions the store does not hold");
        }

        found.Figure("itemsWithoutLatest", withoutLatest.Count);
        found.Figure("passagesWithoutVersion", strayPassages);
        return found.ToSection(Name, Title);
    }
}
