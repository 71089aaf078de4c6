using Inspection.Application.Items;
using Inspection.Content.Evidence;
using Inspection.Readiness.Access;
using Inspection.Readiness.Frameworks;

namespace Inspection.Web.Pages.Items;

/// <summary>What the generated editor shows: the form, its errors, the frameworks for the theme picker, and who is writing.</summary>
public sealed record ItemFormView(ItemForm Form, IReadOnlyDictionary<string, string> Errors, IReadOnlyList<FrameworkDefinition> Frameworks, Caller Caller)
{
    /// <summary>A classification is offered only to those who may then read what they filed.</summary>
    public bool Allowed(EditorField field, string value)
    {
        ArgumentNullException.ThrowIfNull(field);
        return !(field.Part == EvidencePart.PartName && field.Field == EvidencePart.Classification) || Caller.MaySee(value);
    }
}
