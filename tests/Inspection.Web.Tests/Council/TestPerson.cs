namespace Inspection.Web.Tests.Council;

/// <summary>A person at the test OpenID provider: Entra ID's pairwise <c>sub</c>, tenant-wide <c>oid</c>, names and group object ids.</summary>
public sealed record TestPerson(string Subject, string ObjectId, string Name, string UserName, IReadOnlyList<string> Groups);
