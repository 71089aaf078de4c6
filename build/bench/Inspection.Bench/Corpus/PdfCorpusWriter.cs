using System.Globalization;

namespace Inspection.Bench.Corpus;

/// <summary>Writes a folder of generated multi-page reports (3 to 25 pages each) until a page total is reached.</summary>
internal static class PdfCorpusWriter
{
    public static (int Files, int Pages, long Bytes) Write(string directory, PassageGenerator prose, int totalPages, int seed)
    {
        Directory.CreateDirectory(directory);
        var random = new Random(seed);
        var pages = 0;
        var files = 0;
        long bytes = 0;
        while (pages < totalPages)
        {
            files++;
            var target = Math.Min(Math.Max(totalPages - pages, 1), random.Next(3, 26));
            var date = PassageGenerator.Date(random);
            var organisation = SectorVocabulary.Organisations[random.Next(SectorVocabulary.Organisations.Count - 1)];
            var title = SectorVocabulary.TitleStems[random.Next(SectorVocabulary.TitleStems.Count)];
            var pdf = WriteDocument(random, prose, target, title, organisation, date, out var written);
            var path = Path.Combine(directory, string.Create(CultureInfo.InvariantCulture, $"generated-{files:D4}.pdf"));
            File.WriteAllBytes(path, pdf);
            pages += written;
            bytes += pdf.Length;
        }

        return (files, pages, bytes);
    }

    private static byte[] WriteDocument(Random random, PassageGenerator prose, int targetPages, string title, string organisation, DateOnly date, out int pages)
    {
        using var writer = new JustifiedPdfWriter($"{organisation} - {title} - OFFICIAL");
        writer.Heading(title, 17);
        writer.Lines([organisation, date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture), "Report of the Director of Children's Services"]);
        var section = 0;
        while (true)
        {
            section++;
            writer.Heading(string.Create(CultureInfo.InvariantCulture, $"{section}. {SectorVocabulary.Sections[random.Next(SectorVocabulary.Sections.Count)]}"), 13.5);
            var paragraphs = random.Next(3, 9);
            for (var p = 1; p <= paragraphs; p++)
            {
                if (random.Next(6) == 0)
                {
                    writer.Heading(SectorVocabulary.Subsections[random.Next(SectorVocabulary.Subsections.Count)], 11.5);
                }

                writer.Paragraph(prose.Prose(random, 40 + random.Next(140)), string.Create(CultureInfo.InvariantCulture, $"{section}.{p}"));
                if (random.Next(5) == 0)
                {
                    writer.Bullets(Enumerable.Range(0, random.Next(2, 6)).Select(_ => prose.Prose(random, 8 + random.Next(25))).ToList());
                }

                if (writer.Pages >= targetPages)
                {
                    pages = writer.Pages;
                    return writer.Build(title);
                }
            }
        }
    }
}
