using SampleEvidence.Docx;
using SampleEvidence.Html;
using SampleEvidence.Model;
using SampleEvidence.Pdf;
using SampleEvidence.Samples;

// Writes the fictional authority's sample evidence into the folder given as the first argument.
var output = args.Length > 0 ? args[0] : "evidence-samples";
Directory.CreateDirectory(output);

Pdf(FocusedVisitLetter.Create());

return 0;

void Pdf(SampleDocument document) => Save(document.FileName, PdfRenderer.Render(document));

void Save(string fileName, byte[] bytes)
{
    File.WriteAllBytes(Path.Combine(output, fileName), bytes);
    Console.WriteLine($"{fileName} ({bytes.Length} bytes)");
}
