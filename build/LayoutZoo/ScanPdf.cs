using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace LayoutZoo;

/// <summary>Wraps scanned page images (JPEG or PNG) into a PDF with no text layer, one image filling each A4 page.</summary>
internal static class ScanPdf
{
    public static byte[] Wrap(IEnumerable<string> images)
    {
        using var builder = new PdfDocumentBuilder();
        foreach (var image in images)
        {
            var page = builder.AddPage(PageSize.A4);
            var bytes = File.ReadAllBytes(image);
            var area = new PdfRectangle(0, 0, 595, 842);
            if (image.EndsWith(".png", StringComparison.OrdinalIgnoreCase))
            {
                page.AddPng(bytes, area);
            }
            else
            {
                page.AddJpeg(bytes, area);
            }
        }

        return builder.Build();
    }
}
