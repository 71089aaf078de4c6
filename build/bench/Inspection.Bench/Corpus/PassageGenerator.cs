using System.Globalization;
using System.Text;
using Inspection.Search.Analysis;
using Inspection.Search.Indexing;

namespace Inspection.Bench.Corpus;

/// <summary>
/// Generates passages from a fixed seed, grouped by document: the same seed gives the same passages in any process,
/// so our index and PostgreSQL are loaded with identical data.
/// </summary>
internal sealed class PassageGenerator(TextModel model, Glossary glossary, int seed)
{
    private static readonly DateOnly FirstDate = new(2017, 1, 1);
    private static readonly int DateSpan = new DateOnly(2026, 10, 31).DayNumber - FirstDate.DayNumber;
    private readonly string[] _glossaryPhrases = glossary.Terms.SelectMany(t => t.Synonyms.Prepend(t.Term)).ToArray();

    /// <summary>Documents of 4 to 40 passages until <paramref name="total"/> passages have been produced.</summary>
    public IEnumerable<IReadOnlyList<IndexedPassage>> Documents(int total)
    {
        var random = new Random(seed);
        var produced = 0;
        var documentNumber = 0;
        while (produced < total)
        {
            documentNumber++;
            var count = Math.Min(total - produced, random.Next(4, 41));
            yield return Document(random, documentNumber, produced, count);
            produced += count;
        }
    }

    /// <summary>A passage-sized run of sentences (50 to 200 words) with glossary terms mixed in.</summary>
    public string Prose(Random random, int words)
    {
        var text = new StringBuilder();
        var written = 0;
        while (written < words)
        {
            var sentence = model.Sentence(random, 35);
            if (random.Next(5) == 0)
            {
                // About one sentence in five names a glossary term, as sector prose does ("the EHCP", "care leavers").
                var phrase = _glossaryPhrases[random.Next(_glossaryPhrases.Length)];
                sentence = string.Create(CultureInfo.InvariantCulture, $"{sentence[..^1]} for {phrase}.");
            }

            if (text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(char.ToUpperInvariant(sentence[0])).Append(sentence.AsSpan(1));
            written += CountWords(sentence);
        }

        return text.ToString();
    }

    public static T Pick<T>(Random random, IReadOnlyList<(T Value, int Weight)> weighted)
    {
        var roll = random.Next(weighted.Sum(w => w.Weight));
        foreach (var (value, weight) in weighted)
        {
            roll -= weight;
            if (roll < 0)
            {
                return value;
            }
        }

        return weighted[^1].Value;
    }

    public static DateOnly Date(Random random) => FirstDate.AddDays(random.Next(DateSpan));

    private List<IndexedPassage> Document(Random random, int number, int firstPassage, int count)
    {
        var documentId = string.Create(CultureInfo.InvariantCulture, $"doc{number:D7}");
        var kind = Pick(random, SectorVocabulary.Kinds);
        var date = Date(random);
        var organisation = SectorVocabulary.Organisations[random.Next(SectorVocabulary.Organisations.Count)];
        var classification = Pick(random, SectorVocabulary.ClassificationWeights);
        var title = string.Create(CultureInfo.InvariantCulture, $"{SectorVocabulary.TitleStems[random.Next(SectorVocabulary.TitleStems.Count)]} {date:MMMM yyyy}");
        string[] themes = random.Next(3) switch
        {
            0 => [],
            1 => [SectorVocabulary.Themes[random.Next(SectorVocabulary.Themes.Count)]],
            _ => [SectorVocabulary.Themes[random.Next(SectorVocabulary.Themes.Count)], SectorVocabulary.Themes[random.Next(SectorVocabulary.Themes.Count)]],
        };
        var passages = new List<IndexedPassage>(count);
        var section = SectorVocabulary.Sections[random.Next(SectorVocabulary.Sections.Count)];
        var page = 1;
        for (var i = 0; i < count; i++)
        {
            if (random.Next(4) == 0)
            {
                section = SectorVocabulary.Sections[random.Next(SectorVocabulary.Sections.Count)];
            }

            var heading = random.Next(2) == 0
                ? $"{title} > {section}"
                : $"{title} > {section} > {SectorVocabulary.Subsections[random.Next(SectorVocabulary.Subsections.Count)]}";
            var words = 50 + random.Next(151);
            var pageTo = page + (random.Next(3) == 0 ? 1 : 0);
            passages.Add(new IndexedPassage(
                string.Create(CultureInfo.InvariantCulture, $"p{firstPassage + i + 1:D8}"),
                documentId,
                documentId + "v1",
                title,
                kind,
                date,
                organisation,
                classification,
                themes,
                documentId + ".pdf",
                heading,
                page,
                pageTo,
                Prose(random, words),
                kind == "InspectionLetter" && random.Next(6) == 0));
            page = pageTo;
        }

        return passages;
    }

    private static int CountWords(string text)
    {
        var count = 1;
        foreach (var c in text)
        {
            if (c == ' ')
            {
                count++;
            }
        }

        return count;
    }
}
