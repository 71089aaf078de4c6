using System.Text.Json.Nodes;

namespace Inspection.Content.Definitions;

/// <summary>A content part with its fields as Orchard's <c>ContentParts</c> records write it; <see cref="Json"/> keeps the record exactly as imported.</summary>
public sealed record ContentPartDefinition(string Name, JsonObject Json);
