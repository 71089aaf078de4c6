namespace Inspection.Web.Evidence;

/// <summary>GOV.UK Frontend's tag colours for the values pages show as tags: a RAG rating and a classification.</summary>
public static class TagStyle
{
    /// <summary>Red, amber (the kit's orange) or green; grey for an action not rated yet.</summary>
    public static string Rag(string? rag) => rag?.ToUpperInvariant() switch
    {
        "RED" => "govuk-tag govuk-tag--red",
        "AMBER" => "govuk-tag govuk-tag--orange",
        "GREEN" => "govuk-tag govuk-tag--green",
        _ => "govuk-tag govuk-tag--grey",
    };

    /// <summary>Official in the kit's plain tag; anything more restricted in red, so it stands out in a list.</summary>
    public static string Classification(string? classification) =>
        classification is null || string.Equals(classification, "Official", StringComparison.OrdinalIgnoreCase) ? "govuk-tag" : "govuk-tag govuk-tag--red";
}
