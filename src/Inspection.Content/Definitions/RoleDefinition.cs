using System.Text;

namespace Inspection.Content.Definitions;

/// <summary>A role and its permissions, as Orchard's <c>Roles</c> recipe step writes it.</summary>
public sealed record RoleDefinition(string Name, string Description, IReadOnlyList<string> Permissions)
{
    /// <summary>
    /// A role's name as people read it: the recipe's names are single words with capitals where words begin
    /// ("QualityLead"), which pages show as words in sentence case ("Quality lead").
    /// </summary>
    public static string Label(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "";
        }

        var label = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var startsWord = i > 0 && char.IsUpper(c) && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1])));
            if (startsWord)
            {
                label.Append(' ');
            }

            // An acronym inside a name ("SENDLead") keeps its capitals.
            var inAcronym = char.IsUpper(c) && ((i + 1 < name.Length && char.IsUpper(name[i + 1])) || (i > 0 && char.IsUpper(name[i - 1]) && !startsWord));
            label.Append(i > 0 && startsWord && !inAcronym ? char.ToLowerInvariant(c) : c);
        }

        return label.ToString();
    }
}
