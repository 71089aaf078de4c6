namespace Inspection.Application.Documents;

/// <summary>
/// What became of an edit: field errors (keyed by field: title, kind, date, organisation, classification, themes) and
/// nothing saved; or how many documents changed, how many already said so, and how many the caller could not reach.
/// </summary>
public sealed record EditOutcome(IReadOnlyDictionary<string, string> Errors, int Changed, int Unchanged, int NotFound)
{
    public bool Succeeded => Errors.Count == 0;

    internal static EditOutcome Invalid(IReadOnlyDictionary<string, string> errors) => new(errors, 0, 0, 0);
}
