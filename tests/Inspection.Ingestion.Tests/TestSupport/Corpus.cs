namespace Inspection.Ingestion.Tests.TestSupport;

/// <summary>Locates the shared corpus next to the repository (found by walking up to Inspection.sln).</summary>
internal static class Corpus
{
    public const string LeadMember = "medway-lead-member-childrens-services-2022.pdf";
    public const string SendRevisit = "medway-cabinet-send-revisit-2020.pdf";
    public const string Thurrock = "thurrock-childrens-overview-scrutiny-2021-10.pdf";

    public static string Real(string fileName) => Path.Combine(Root, "real", fileName);

    public static string Root { get; } = Path.Combine(Path.GetDirectoryName(Repository.Root)!, "shared", "corpus");
}
