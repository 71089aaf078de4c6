using System.Globalization;
using LayoutZoo;

// build/zoo/make-zoo.sh drives this: "documents DIR" writes the PdfPig and OpenXml members of the zoo with their sentence
// lists, "sentences SOURCE.html OUT.txt" lists the sentences of an HTML source, "scan-pdf IMAGE OUT.pdf" wraps a scanned page.
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: LayoutZoo documents DIR | sentences SOURCE.html OUT.txt | scan-pdf IMAGE... OUT.pdf");
    return 2;
}

switch (args[0])
{
    case "documents" when args.Length == 2:
        foreach (var (name, bytes, sentences) in ZooDocuments.All())
        {
            File.WriteAllBytes(Path.Combine(args[1], name), bytes);
            Sentences.Write(Path.Combine(args[1], Path.GetFileNameWithoutExtension(name) + ".sentences.txt"), sentences);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name} ({bytes.Length} bytes)"));
        }

        return 0;
    case "sentences" when args.Length == 3:
        Sentences.Write(args[2], Sentences.FromHtml(File.ReadAllText(args[1])));
        return 0;
    case "scan-pdf" when args.Length >= 3:
        File.WriteAllBytes(args[^1], ScanPdf.Wrap(args[1..^1]));
        return 0;
    default:
        Console.Error.WriteLine("unknown command: " + string.Join(' ', args));
        return 2;
}
