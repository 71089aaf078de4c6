using System.Text.RegularExpressions;
using Inspection.Ingestion.Extraction;

namespace Inspection.Ingestion.Enrichment;

/// <summary>
/// The authority a document belongs to: the council named in its letterhead or title ("BROMLEY COUNCIL"),
/// else the council named most often in its text ("Medway Council", "London Borough of Hackney").
/// </summary>
internal static partial class OrganisationRule
{
    private const int LetterheadBlocks = 5;

    // A middle dot read by OCR comes out as a full stop between spaces.
    private static readonly string[] MastheadSeparators = [" · ", " | ", " • ", " – ", " — ", " . "];

    private static readonly string[] SmallWords = ["and", "on", "upon", "of", "the", "in", "le", "under"];

    private static readonly string[] NotPlaceWords =
    [
        "The", "This", "That", "Our", "Your", "Their", "A", "An", "All", "Each", "Every", "Full", "Local", "Dear", "And", "Of", "In", "To",
        "By", "For", "With", "Parish", "Town", "County", "Borough", "City", "District", "Metropolitan", "Children's", "Cabinet", "Members",
        "Member", "Leader", "Director", "Officer", "Officers", "Ofsted", "Safeguarding", "Health", "Services", "Social", "Care", "Education",
        "Whole", "Wider", "Unitary", "Upper", "Tier", "Said", "Both", "Other", "Is", "Was", "Within", "Across", "Where", "When", "Which",
        "Children", "Young", "People", "People's", "Youth", "Schools", "Forum", "Parent", "Carer", "Carers", "Family", "Families",
        // A meeting's name set on the line before the council's ("Scrutiny Committee Kestrel Borough Council").
        "Committee", "Sub-Committee", "Scrutiny", "Panel", "Board", "Overview", "Executive", "Meeting",
    ];

    public static string? Find(IReadOnlyList<Block> blocks)
    {
        foreach (var block in blocks.Take(LetterheadBlocks))
        {
            // A masthead may set the council beside the committee or the service ("SALLOWFIELD CITY COUNCIL · CHILDREN'S
            // SCRUTINY COMMITTEE"): each part between separators is read as a line of its own.
            foreach (var part in block.Text.Split(MastheadSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var letterhead = CapitalisedCouncil().Match(part);
                if (letterhead.Success)
                {
                    return TitleCase(letterhead.Value);
                }
            }
        }

        var counts = new Dictionary<string, (int Count, int First)>(StringComparer.Ordinal);
        for (var i = 0; i < blocks.Count; i++)
        {
            var text = blocks[i].Text.Replace('’', '\'');
            foreach (Match match in BoroughOf().Matches(text))
            {
                Count(counts, match.Value, i);
            }

            foreach (Match match in NamedCouncil().Matches(text))
            {
                var name = Name(match);
                if (name is not null)
                {
                    Count(counts, name, i);
                }
            }
        }

        return counts.Count == 0
            ? null
            : counts.OrderByDescending(c => c.Value.Count).ThenBy(c => c.Value.First).First().Key;
    }

    private static string? Name(Match match)
    {
        var words = match.Groups["place"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var keep = words.Count;
        for (var i = words.Count - 1; i >= 0; i--)
        {
            // Acronyms ("CCG and Medway Council") and common words end the place name.
            if (NotPlaceWords.Contains(words[i], StringComparer.Ordinal) || (words[i].Length > 1 && words[i].All(char.IsUpper)))
            {
                break;
            }

            keep = i;
        }

        while (keep < words.Count && words[keep] is "and" or "upon")
        {
            keep++;
        }

        var place = string.Join(' ', words.Skip(keep));
        if (place.Length == 0 || !char.IsUpper(place[0]))
        {
            return null;
        }

        var designation = match.Groups["designation"].Value;
        return designation.Length > 0 ? $"{place} {designation} Council" : $"{place} Council";
    }

    private static string TitleCase(string upper)
    {
        var words = upper.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Select((word, i) => string.Join('-', word.Split('-').Select((part, j) =>
            (i > 0 || j > 0) && SmallWords.Contains(part, StringComparer.Ordinal) ? part : char.ToUpperInvariant(part[0]) + part[1..]))));
    }

    private static void Count(Dictionary<string, (int Count, int First)> counts, string name, int block) =>
        counts[name] = counts.TryGetValue(name, out var seen) ? (seen.Count + 1, seen.First) : (1, block);

    // A letterhead or title line in capitals that is only the council's name.
    [GeneratedRegex(@"^(?:(?:LONDON|ROYAL) BOROUGH OF [A-Z][A-Z'-]+(?: (?:AND|UPON) [A-Z][A-Z'-]+)?|(?:[A-Z][A-Z'-]+ (?:(?:AND|UPON|ON) )?){1,4}(?:(?:METROPOLITAN BOROUGH|METROPOLITAN DISTRICT|BOROUGH|COUNTY|CITY|DISTRICT) )?COUNCIL)$")]
    private static partial Regex CapitalisedCouncil();

    [GeneratedRegex(@"\b(?:London|Royal) Borough of [A-Z][A-Za-z'-]+(?: (?:and|upon) [A-Z][A-Za-z'-]+)?|\bCity of [A-Z][A-Za-z'-]+(?: [A-Z][A-Za-z'-]+)? Council\b")]
    private static partial Regex BoroughOf();

    [GeneratedRegex(@"\b(?<place>(?:[A-Z][A-Za-z'-]+ (?:(?:and|upon) )?){1,4}?)(?:(?<designation>Metropolitan Borough|Metropolitan District|Borough|County|City|District) )?Council\b")]
    private static partial Regex NamedCouncil();
}
