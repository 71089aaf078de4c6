namespace SampleEvidence.Samples;

/// <summary>The fictional authority's people and places, shared by every sample so that they agree with each other.</summary>
internal static class Harrowden
{
    public const string Council = "Harrowden Borough Council";
    public const string Dcs = "Eleanor Whitcombe";
    public const string DcsTitle = "Director of Children's Services";
    public const string LeadMember = "Councillor Priya Ashworth, Cabinet Member for Children and Families";
    public const string AdSocialCare = "Martin Okafor, Assistant Director, Children's Social Care";
    public const string AdSend = "Dr Helen Marsh, Assistant Director, Education, Inclusion and SEND";
    public const string HeadOfQuality = "Joanne Pryce, Head of Quality Assurance and Practice Improvement";

    public static readonly string[] DcsAddress =
    [
        Dcs,
        DcsTitle,
        Council,
        "Civic Centre",
        "Castle Street",
        "Harrowden",
        "HW1 2AB",
    ];

    public static readonly string[] OfstedLetterhead =
    [
        "Ofsted",
        "Piccadilly Gate",
        "Store Street",
        "Manchester",
        "M1 2WD",
        "T 0300 123 1231",
        "enquiries@ofsted.gov.uk",
        "www.gov.uk/ofsted",
    ];
}
