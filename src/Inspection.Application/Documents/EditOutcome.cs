namespace Inspection.Application.Documents;

/// <summary>
/// What became of an edit: field errors (keyed by field: title, kind, date, organisation, classification, themes) and
/// nothing saved; or how many documents changed, how many already said so, and which of the ids asked for the caller
/// could not reach (unknown and not to be seen alike, so that the answer tells nothing of what is hidden).
/// </summary>
public sealed record EditOutcome(IReadOnlyDictionary<string, string> Errors, int Changed, int Unchanged, IReadOnlyList<string> NotFoundIds)
{
    public bool Succeeded => Errors.Count == 0;

    public int NotFound => NotFoundIds.Count;

    internal static EditOutcome Invalid(IReadOnlyDictionary<string, string> errors) => new(errors, 0, 0, []);
}
