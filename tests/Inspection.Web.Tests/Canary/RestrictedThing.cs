namespace Inspection.Web.Tests.Canary;

/// <summary>Something the canary store holds that only some may see: its kind, id, classification and (for uploads) who started it.</summary>
public sealed record RestrictedThing(string What, string Id, string Classification, string? Owner);
