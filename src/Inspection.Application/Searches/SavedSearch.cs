namespace Inspection.Application.Searches;

/// <summary>
/// A saved search as one person sees it: its name and search, who saved it and whether the team shares it, when this
/// person last opened it, and how many documents it finds that were added since (counted as they may see them).
/// </summary>
public sealed record SavedSearch(string Id, string Name, SavedQuery Query, string Owner, bool Shared, DateTime CreatedUtc, DateTime? LastOpenedUtc, int NewSinceLastOpened);
