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

    [Fact]
    public void APhotographedPageInTwoColumnsIsReadAColumnAtATime()
    {
        // The photo leans (its columns' left edges drift down the page) and Tesseract cuts its masthead and standfirst in
        // two on one baseline, so that they stood in the gutter: the two columns' lines were read alternately.
        var image = LayoutZoo.DocumentPath("scan-phone-photo-shadow-sallowfield");
        var extractor = new ImageBlockExtractor(new TesseractRecogniser(Options.Create(new OcrOptions())));

        using var content = File.OpenRead(image);
        var blocks = extractor.Extract("photo.jpg", content, CancellationToken.None).Blocks.Select(b => b.Text.ReplaceLineEndings(" ")).ToList();

        Assert.Contains("Inspectors found that decisions about contacts are made quickly and that thresholds are understood by partners.", blocks);
        Assert.Contains("The letter records that some families are stepped down to early help without being told why, and that their consent is not always written on the file.", blocks);
    }
}
