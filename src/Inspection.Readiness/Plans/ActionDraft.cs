namespace Inspection.Readiness.Plans;

/// <summary>What a person enters for an action: title, owner, due date and RAG rating.</summary>
public sealed record ActionDraft(string? Title, string? Owner, DateOnly? DueDate, string? Rag)
{
    /// <summary>The ratings we accept: Red, Amber, Green, and Blue for complete (as many councils' plans use).</summary>
    public static IReadOnlyList<string> Ratings { get; } = ["Red", "Amber", "Green", "Blue"];

    /// <summary>The rating that means the action is complete (it is never overdue).</summary>
    public const string Complete = "Blue";

    /// <summary>Why the rating (or anything else) changed, kept with this version of the action and shown in its history.</summary>
    public string? Comment { get; init; }

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

        if (Comment is { Length: > 1000 })
        {
            errors["comment"] = "The comment must be 1,000 characters or fewer";
        }

        if (Rag is null || !Ratings.Contains(Rag, StringComparer.Ordinal))
        {
            errors["rag"] = "Choose a RAG rating: Red, Amber, Green or Blue (complete)";
        }

        return errors;
    }
}
