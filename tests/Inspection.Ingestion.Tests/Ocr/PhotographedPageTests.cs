using Inspection.Ingestion.Ocr;
using Inspection.Ingestion.Tests.Zoo;
using Microsoft.Extensions.Options;

namespace Inspection.Ingestion.Tests.Ocr;

/// <summary>A page photographed on a desk rather than scanned: a shadow darkens one side of it.</summary>
public sealed class PhotographedPageTests
{
    [Fact]
    public void APhotographedPageIsReadOnItsShadowedSideToo()
    {
        // The zoo's phone photo: the shadow falls from the left, over the masthead's first words and the title's first.
        var image = File.ReadAllBytes(LayoutZoo.DocumentPath("scan-phone-photo-shadow-sallowfield"));
        var recogniser = new TesseractRecogniser(Options.Create(new OcrOptions()));

        var words = recogniser.Recognise(image, CancellationToken.None).Words.Select(w => w.Text).ToList();

        Assert.Contains("SALLOWFIELD", words);
        Assert.Contains("Front", words);
    }
}
