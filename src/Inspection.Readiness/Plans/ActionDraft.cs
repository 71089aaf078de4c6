namespace Inspection.Readiness.Plans;

/// <summary>What a person enters for an action: title, owner, due date and RAG rating.</summary>
public sealed record ActionDraft(string? Title, string? Owner, DateOnly? DueDate, string? Rag)
{
    /// <summary>The ratings we accept: Red, Amber, Green, and Blue for complete (as many councils' plans use).</summary>
    public static IReadOnlyList<string> Ratings { get; } = ["Red", "Amber", "Green", "Blue"];

    /// <summary>Field errors keyed by field ("title", "rag"); empty when the draft can be saved.</summary>
    public IReadOnlyDictionary<string, string> Validate()
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(Title))
        {
            errors["title"] = "Enter what the action is";
        }
        else if (Title.Trim().Length > 300)
        {
            errors["title"] = "The action must be 300 characters or fewer";
        }

        if (Owner is { Length: > 200 })
        {
            errors["owner"] = "The owner must be 200 characters or fewer";
        }

        if (Rag is null || !Ratings.Contains(Rag, StringComparer.Ordinal))
        {
            errors["rag"] = "Choose a RAG rating: Red, Amber, Green or Blue (complete)";
        }

        return errors;
    }
}
