using System.Globalization;
using System.Text;
using Inspection.Content.Model;

namespace Inspection.Search.Query;

/// <summary>Parses the people's query language: words, "phrases", -exclusions, OR, and type:/theme:/org:/document:/after:/before: filters. Never throws on any input.</summary>
public static class SearchQueryParser
{
    /// <summary>Longer input is cut: nobody types more, and it bounds the work done per request.</summary>
    public const int MaxLength = 1000;

    private static readonly HashSet<string> Ordinals = ["st", "nd", "rd", "th"];

    public static ParsedQuery Parse(string? text)
    {
        var notes = new List<string>();
        var input = text ?? string.Empty;
        if (input.Length > MaxLength)
        {
            input = input[..MaxLength];
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"Only the first {MaxLength} characters of the query were used."));
        }

        var items = Tokenize(input, notes);
        var filters = new FilterBuilder();
        var clauses = new List<List<QueryText>>();
        var exclusions = new List<QueryText>();
        var pendingOr = false;
        foreach (var item in items)
        {
            if (item.IsOr)
            {
                pendingOr = clauses.Count > 0;
                continue;
            }

            if (item.FilterName is not null)
            {
                if (item.Negated)
                {
                    notes.Add($"Filters cannot be excluded; \"-{item.FilterName}:{item.Text}\" was ignored.");
                }
                else
                {
                    filters.Add(item.FilterName, item.Text, notes);
                }

                pendingOr = false;
                continue;
            }

            var queryText = new QueryText(item.Text, item.IsPhrase);
            if (item.Negated)
            {
                exclusions.Add(queryText);
                pendingOr = false;
            }
            else if (pendingOr)
            {
                clauses[^1].Add(queryText);
                pendingOr = false;
            }
            else
            {
                clauses.Add([queryText]);
            }
        }

        return new ParsedQuery(
            clauses.Select(c => new QueryClause(c)).ToList(),
            exclusions,
            filters.Build(),
            notes);
    }

    /// <summary>
    /// The query text without its <paramref name="filterName"/> filters (as "theme", "type", ...; aliases included), for a
    /// caller that applies that filter another way. Words, phrases, exclusions and OR are kept as typed.
    /// </summary>
    public static string WithoutFilter(string? text, string filterName)
    {
        ArgumentNullException.ThrowIfNull(filterName);
        var input = text ?? string.Empty;
        if (input.Length > MaxLength)
        {
            input = input[..MaxLength];
        }

        var wanted = FilterBuilder.Normalise(filterName);
        var kept = Tokenize(input, [])
            .Where(item => item.FilterName is null || !string.Equals(item.FilterName, wanted, StringComparison.Ordinal))
            .Select(item => (item.Negated ? "-" : "")
                + (item.FilterName is null ? "" : item.FilterName + ":")
                + (item.IsPhrase || (item.FilterName is not null && item.Text.Contains(' ', StringComparison.Ordinal)) ? "\"" + item.Text + "\"" : item.Text));
        return string.Join(' ', kept);
    }

    /// <summary>Reads "2021", "2021-03" or "2021-03-15" as the first day of that period.</summary>
    public static bool TryParsePeriodStart(string value, out DateOnly date)
    {
        return DateInput.TryParsePeriodStart(value, out date);
    }

    private static List<Item> Tokenize(string input, List<string> notes)
    {
        var items = new List<Item>();
        var i = 0;
        while (i < input.Length)
        {
            if (char.IsWhiteSpace(input[i]))
            {
                i++;
                continue;
            }

            var negated = false;
            if (input[i] == '-')
            {
                i++;
                if (i >= input.Length || char.IsWhiteSpace(input[i]))
                {
                    continue;
                }

                negated = true;
            }

            if (input[i] == '"')
            {
                var phrase = ReadQuoted(input, ref i, notes);
                if (phrase.Length > 0)
                {
                    items.Add(new Item(phrase, IsPhrase: true, negated, FilterName: null, IsOr: false));
                }

                continue;
            }

            var start = i;
            while (i < input.Length && !char.IsWhiteSpace(input[i]) && input[i] != '"')
            {
                i++;
            }

            var word = input[start..i];
            var colon = word.IndexOf(':', StringComparison.Ordinal);
            var filterName = colon > 0 ? FilterBuilder.Normalise(word[..colon]) : null;
            if (filterName is not null)
            {
                var value = word[(colon + 1)..];
                if (value.Length == 0 && i < input.Length && input[i] == '"')
                {
                    value = ReadQuoted(input, ref i, notes);
                }

                items.Add(new Item(value, IsPhrase: false, negated, filterName, IsOr: false));
            }
            else if (!negated && string.Equals(word, "OR", StringComparison.Ordinal))
            {
                items.Add(new Item(word, IsPhrase: false, Negated: false, FilterName: null, IsOr: true));
            }
            else if (SlashedWords(word) is { } parts)
            {
                // Staff write a slash for "or" between words ("LAC/CiC", "CIN/CP plans"): read as typed with OR; as one
                // word it needed both side by side, which no passage writes.
                for (var part = 0; part < parts.Length; part++)
                {
                    if (part > 0 && !negated)
                    {
                        items.Add(new Item("OR", IsPhrase: false, Negated: false, FilterName: null, IsOr: true));
                    }

                    items.Add(new Item(parts[part], IsPhrase: false, negated, FilterName: null, IsOr: false));
                }
            }
            else if (NumberAndUnit(word) is var (number, unit))
            {
                // "20wks", "72hrs", "6mths": one token to the analyser, which no passage writes; read as the number and
                // its unit side by side ("20 wks", and the glossary's weeks), as the evidence writes them.
                items.Add(new Item(number, IsPhrase: false, negated, FilterName: null, IsOr: false));
                items.Add(new Item(unit, IsPhrase: false, negated, FilterName: null, IsOr: false));
            }
            else if (ShortAcronymPlural(word) is { } singular)
            {
                // "SWs", "TMs", "EPs": the stemmer leaves a plural this short whole ("sws"), so it met neither the
                // glossary's "SW" nor a passage; read as typed or as the acronym alone.
                items.Add(new Item(word, IsPhrase: false, negated, FilterName: null, IsOr: false));
                if (!negated)
                {
                    items.Add(new Item("OR", IsPhrase: false, Negated: false, FilterName: null, IsOr: true));
                }

                items.Add(new Item(singular, IsPhrase: false, negated, FilterName: null, IsOr: false));
            }
            else
            {
                items.Add(new Item(word, IsPhrase: false, negated, FilterName: null, IsOr: false));
            }
        }

        return items;
    }

    // Digits followed by a unit of two letters or more ("20wks", "72hrs", "2yrs+"); not an ordinal ("1st", "22nd") or a sum ("£2m").
    private static (string Number, string Unit)? NumberAndUnit(string word)
    {
        var trimmed = word.TrimEnd('.', ',', ';', ':', '?', '!', ')', '+');
        var digits = 0;
        while (digits < trimmed.Length && char.IsAsciiDigit(trimmed[digits]))
        {
            digits++;
        }

        var unit = trimmed[digits..];
        return digits > 0 && unit.Length >= 2 && unit.All(char.IsAsciiLetter) && !Ordinals.Contains(unit.ToLowerInvariant())
            ? (trimmed[..digits], unit)
            : null;
    }

    // Two capitals and a lower-case "s", as staff write a short acronym's plural; the acronym alone, else null.
    private static string? ShortAcronymPlural(string word) =>
        word.Length == 3 && char.IsAsciiLetterUpper(word[0]) && char.IsAsciiLetterUpper(word[1]) && word[2] == 's' ? word[..2] : null;

    // Words joined by slashes, each of two letters or more and not all function words ("and/or" stays as typed); null for
    // anything else: dates ("01/09/2025"), years ("2024/25"), "s/w".
    private static string[]? SlashedWords(string word)
    {
        if (!word.Contains('/', StringComparison.Ordinal))
        {
            return null;
        }

        var parts = word.Trim('.', ',', ';', ':', '?', '!', '(', ')').Split('/');
        return parts.Length >= 2
            && parts.All(p => p.Length >= 2 && char.IsLetter(p[0]) && char.IsLetter(p[^1]) && p.All(c => char.IsLetter(c) || c is '-' or '\'' or '’'))
            && !parts.All(p => Analysis.FunctionWords.Contains(p.ToLowerInvariant()))
            ? parts
            : null;
    }

    private static string ReadQuoted(string input, ref int i, List<string> notes)
    {
        i++;
        var builder = new StringBuilder();
        while (i < input.Length && input[i] != '"')
        {
            builder.Append(input[i]);
            i++;
        }

        if (i >= input.Length)
        {
            notes.Add("A closing quote was missing, so the rest of the query was read as a phrase.");
        }
        else
        {
            i++;
        }

        return builder.ToString().Trim();
    }

    private sealed record Item(string Text, bool IsPhrase, bool Negated, string? FilterName, bool IsOr);

    private sealed class FilterBuilder
    {
        private readonly List<string> _kinds = [];
        private readonly List<string> _themes = [];
        private readonly List<string> _organisations = [];
        private readonly List<string> _documents = [];
        private DateOnly? _after;
        private DateOnly? _before;

        public static string? Normalise(string name) => name.ToLowerInvariant() switch
        {
            "type" or "kind" => "type",
            "theme" => "theme",
            "org" or "organisation" or "organization" => "org",
            "doc" or "document" => "document",
            "after" or "from" or "since" => "after",
            "before" => "before",
            _ => null,
        };

        public void Add(string name, string value, List<string> notes)
        {
            if (string.IsNullOrWhiteSpace(value) || (name == "theme" && string.IsNullOrWhiteSpace(value.Trim('/'))))
            {
                notes.Add($"\"{name}:\" needs a value; it was ignored.");
                return;
            }

            switch (name)
            {
                case "type":
                    // Kept as typed: the search resolves them against the content definitions (EvidenceKinds).
                    foreach (var typed in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    {
                        if (!_kinds.Contains(typed, StringComparer.OrdinalIgnoreCase))
                        {
                            _kinds.Add(typed);
                        }
                    }

                    break;
                case "theme":
                    _themes.Add(value.Trim());
                    break;
                case "org":
                    _organisations.Add(value.Trim());
                    break;
                case "document":
                    _documents.Add(value.Trim());
                    break;
                default:
                    if (!TryParsePeriodStart(value, out var date))
                    {
                        notes.Add($"\"{name}:{value}\" is not a date like 31/03/2021, 03/2021, 2021-03-31, 2021-03 or 2021; it was ignored.");
                    }
                    else if (name == "after")
                    {
                        _after = date;
                    }
                    else
                    {
                        _before = date;
                    }

                    break;
            }
        }

        public QueryFilters Build() => new(_kinds, _themes, _organisations, _after, _before) { Documents = _documents };
    }
}
