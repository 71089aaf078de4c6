using System.Collections.Concurrent;

namespace Inspection.Content.Store;

/// <summary>
/// A count per content type of the writes this process has committed, so that a cache of items of a type (the frameworks
/// and themes for the pages' choosers, the site settings) can tell at no cost that it is stale and read again at once.
/// Writes by another process (a CLI import, another web node) are not seen here: such caches still read again after a
/// few seconds.
/// </summary>
public sealed class ContentChanges
{
    private readonly ConcurrentDictionary<string, long> _versions = new(StringComparer.Ordinal);

    /// <summary>Changes each time an item of the type is written and committed; equal values mean nothing was.</summary>
    public long VersionOf(string contentType) => _versions.GetValueOrDefault(contentType);

    /// <summary>Called once a write of an item of the type has committed.</summary>
    public void Changed(string contentType)
    {
        ArgumentNullException.ThrowIfNull(contentType);
        _versions.AddOrUpdate(contentType, 1, static (_, version) => version + 1);
    }
}
