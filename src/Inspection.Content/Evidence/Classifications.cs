namespace Inspection.Content.Evidence;

/// <summary>Government Security Classifications used on evidence, lowest first; Personal marks audits naming children.</summary>
public static class Classifications
{
    public const string Official = "Official";
    public const string OfficialSensitive = "Official-Sensitive";
    public const string Personal = "Personal";

    public static IReadOnlyList<string> All { get; } = [Official, OfficialSensitive, Personal];
}
