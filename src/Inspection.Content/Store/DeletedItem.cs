using Inspection.Content.Model;

namespace Inspection.Content.Store;

/// <summary>An item in the recycle bin: its latest version and when it was deleted.</summary>
public sealed record DeletedItem(ContentItem Item, DateTime DeletedUtc);
