namespace Inspection.Web.Tests.Canary;

/// <summary>One response the walk read: the address asked for, the status, the headers and the body as text.</summary>
public sealed record Visit(string Url, int Status, string Headers, string Body);
