using Inspection.Content.Definitions;
using Inspection.Search.Indexing;
using Lucene.Net.Index;

namespace Inspection.Search.Query;

/// <summary>
/// Resolves what people typed after <c>type:</c> (or chose as the request's type) to the evidence types the content
/// definitions declare: a type's name, display name, plural or one of its aliases (<see cref="IEvidenceTypeCatalog"/>), so
/// that a type added by recipe works in filters without code. An unknown type is left out, with a note naming the types.
/// </summary>
public sealed class EvidenceKinds(IReadOnlyList<EvidenceType> types)
{
    public IReadOnlyList<EvidenceType> Types => types;

    /// <summary>
    /// The kinds the index holds, by their stored names only (no display names or aliases): for searches made without the
    /// content definitions at hand (benchmarks, tools).
    /// </summary>
    public static EvidenceKinds InIndex(IndexReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var found = new List<EvidenceType>();
        var iterator = MultiFields.GetTerms(reader, PassageFields.Kind)?.GetEnumerator();
        while (iterator is not null && iterator.MoveNext())
        {
            var name = iterator.Term.Utf8ToString();
            found.Add(new EvidenceType(name, name, name, string.Empty, [], false, false, false, false, int.MaxValue));
        }

        return new EvidenceKinds(found);
    }

    /// <summary>The query with its typed kinds replaced by type names, and a note for each it did not know.</summary>
    public ParsedQuery Resolve(ParsedQuery parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        if (parsed.Filters.Kinds.Count == 0)
        {
            return parsed;
        }

        var notes = parsed.Notes.ToList();
        var kinds = new List<string>();
        foreach (var typed in parsed.Filters.Kinds)
        {
            var type = EvidenceTypeCatalog.Resolve(types, typed);
            if (type is null)
            {
                notes.Add($"Unknown type \"{typed}\" was ignored; types are {string.Join(", ", types.Select(t => t.Name))}.");
            }
            else if (!kinds.Contains(type.Name, StringComparer.Ordinal))
            {
                kinds.Add(type.Name);
            }
        }

        return parsed with { Filters = parsed.Filters with { Kinds = kinds }, Notes = notes };
    }
}
