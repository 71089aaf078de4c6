namespace Inspection.Content.Recipes;

/// <summary>
/// A content type whose items code writes without a <c>ContentDefinition</c> (the site settings), so that the <c>Content</c>
/// step still imports them from an export; register one with <see cref="RecipesServiceCollectionExtensions.AddCodeContentType"/>.
/// </summary>
public sealed record CodeContentType(string Name);
