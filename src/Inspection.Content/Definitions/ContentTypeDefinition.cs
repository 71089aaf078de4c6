using System.Text.Json.Nodes;

namespace Inspection.Content.Definitions;

/// <summary>A content type as Orchard's <c>ContentDefinition</c> step writes it; <see cref="Json"/> keeps the record exactly as imported.</summary>
public sealed record ContentTypeDefinition(string Name, string DisplayName, JsonObject Json);
