using Inspection.Content.Model;
using Inspection.Content.Store;

namespace Inspection.Readiness.Frameworks;

/// <summary>Reads frameworks and themes from their published content items; a saved theme is a new version of its item.</summary>
public sealed class ContentFrameworkCatalog(IContentStore store) : IFrameworkCatalog
{
    public async Task<IReadOnlyList<FrameworkDefinition>> ListAsync(CancellationToken cancellationToken)
    {
        var frameworks = new List<(FrameworkDefinition Framework, int Position)>();
        foreach (var item in await PublishedAsync(FrameworkContent.FrameworkType, cancellationToken).ConfigureAwait(false))
        {
            if (FrameworkContent.ReadFramework(item) is { } read)
            {
                frameworks.Add(read);
            }
        }

        var themes = new List<(ThemeDefinition Theme, int Position)>();
        foreach (var item in await PublishedAsync(FrameworkContent.ThemeType, cancellationToken).ConfigureAwait(false))
        {
            if (FrameworkContent.ReadTheme(item) is { } read)
            {
                themes.Add(read);
            }
        }

        var byFramework = themes.ToLookup(t => t.Theme.FrameworkId, StringComparer.Ordinal);
        return frameworks
            .OrderBy(f => f.Position)
            .ThenBy(f => f.Framework.Id, StringComparer.Ordinal)
            .Select(f => f.Framework with { Themes = ParentsFirst(byFramework[f.Framework.Id]) })
            .ToList();
    }

    public async Task<FrameworkDefinition?> GetAsync(string frameworkId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(frameworkId);
        var all = await ListAsync(cancellationToken).ConfigureAwait(false);
        return all.FirstOrDefault(f => string.Equals(f.Id, frameworkId, StringComparison.Ordinal));
    }

    public async Task<ThemeDefinition?> GetThemeAsync(string themeId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(themeId);
        var item = await store.GetAsync(FrameworkContent.StableId(FrameworkContent.ThemeType, themeId), VersionOptions.Published, cancellationToken).ConfigureAwait(false);
        return item is null ? null : FrameworkContent.ReadTheme(item)?.Theme;
    }

    public async Task SaveThemeAsync(ThemeDefinition theme, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(theme);
        var expectedPrefix = (theme.ParentId ?? theme.FrameworkId) + "/";
        if (!theme.Id.StartsWith(expectedPrefix, StringComparison.Ordinal) || theme.Id.Length == expectedPrefix.Length)
        {
            throw new ArgumentException($"theme id '{theme.Id}' must extend '{expectedPrefix}'", nameof(theme));
        }

        var id = FrameworkContent.StableId(FrameworkContent.ThemeType, theme.Id);
        var existing = await store.GetAsync(id, VersionOptions.Latest, cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            var position = FrameworkContent.ReadTheme(existing)?.Position ?? int.MaxValue;
            var updated = FrameworkContent.ToItem(theme, position);
            updated.Owner = existing.Owner;
            updated.Author = existing.Author;
            await store.UpdateAsync(updated, publish: true, cancellationToken).ConfigureAwait(false);
            return;
        }

        var framework = await store.GetAsync(FrameworkContent.StableId(FrameworkContent.FrameworkType, theme.FrameworkId), VersionOptions.Published, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"framework '{theme.FrameworkId}' does not exist");
        var last = (await PublishedAsync(FrameworkContent.ThemeType, cancellationToken).ConfigureAwait(false))
            .Select(i => FrameworkContent.ReadTheme(i)?.Position ?? 0)
            .DefaultIfEmpty(FrameworkContent.ReadFramework(framework)?.Position ?? 0)
            .Max();
        await store.CreateAsync(FrameworkContent.ToItem(theme, last + 1), publish: true, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<ContentItem>> PublishedAsync(string contentType, CancellationToken cancellationToken)
    {
        var latest = await store.ListAsync(contentType, cancellationToken).ConfigureAwait(false);
        var published = new List<ContentItem>(latest.Count);
        foreach (var item in latest)
        {
            // A draft edit is not yet what coverage should use; its published version is.
            var version = item.Published ? item : await store.GetAsync(item.ContentItemId, VersionOptions.Published, cancellationToken).ConfigureAwait(false);
            if (version is not null)
            {
                published.Add(version);
            }
        }

        return published;
    }

    // Recipe order is parents before children already; a theme added later still follows its parent.
    private static List<ThemeDefinition> ParentsFirst(IEnumerable<(ThemeDefinition Theme, int Position)> themes)
    {
        var ordered = themes.OrderBy(t => t.Position).ThenBy(t => t.Theme.Id, StringComparer.Ordinal).Select(t => t.Theme).ToList();
        var children = ordered.ToLookup(t => t.ParentId ?? "", StringComparer.Ordinal);
        var result = new List<ThemeDefinition>(ordered.Count);
        void Add(string parent)
        {
            foreach (var child in children[parent])
            {
                result.Add(child);
                Add(child.Id);
            }
        }

        Add("");
        return result;
    }
}
