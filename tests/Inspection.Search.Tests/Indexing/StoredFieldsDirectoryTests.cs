using System.Globalization;
using Inspection.Search.Indexing;
using Inspection.Search.Tests.Corpus;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Inspection.Search.Tests.Indexing;

/// <summary>Stored fields read through a buffer are the bytes the memory-mapped file holds, from any thread and in any order.</summary>
public sealed class StoredFieldsDirectoryTests
{
    private const int Passages = 3_000;

    [Fact]
    public void EveryStoredFieldReadsTheSameThroughTheBufferAsWithout()
    {
        using var folder = new TempFolder();
        Write(folder.Path);

        using var plainDirectory = FSDirectory.Open(new DirectoryInfo(folder.Path));
        using var bufferedDirectory = new StoredFieldsDirectory(FSDirectory.Open(new DirectoryInfo(folder.Path)));
        using var plain = DirectoryReader.Open(plainDirectory);
        using var buffered = DirectoryReader.Open(bufferedDirectory);
        Assert.Equal(Passages, buffered.NumDocs);

        // In order, backwards and at random (a seek into another chunk each time), from several threads at once.
        var orders = new[]
        {
            Enumerable.Range(0, Passages).ToArray(),
            Enumerable.Range(0, Passages).Reverse().ToArray(),
            Enumerable.Range(0, Passages).OrderBy(i => (i * 7919) % Passages).ToArray(),
        };
        Parallel.ForEach(orders, order =>
        {
            foreach (var doc in order)
            {
                var expected = plain.Document(doc);
                var actual = buffered.Document(doc);
                Assert.Equal(expected.Get("id", CultureInfo.InvariantCulture), actual.Get("id", CultureInfo.InvariantCulture));
                Assert.Equal(expected.Get("text", CultureInfo.InvariantCulture), actual.Get("text", CultureInfo.InvariantCulture));
                Assert.Equal(expected.GetField("page").GetInt32Value(), actual.GetField("page").GetInt32Value());
            }
        });
    }

    [Fact]
    public void OnlyStoredFieldsFilesAreBuffered()
    {
        using var folder = new TempFolder();
        Write(folder.Path);
        using var directory = new StoredFieldsDirectory(FSDirectory.Open(new DirectoryInfo(folder.Path)));

        var files = directory.ListAll();
        var stored = files.Single(f => f.EndsWith(".fdt", StringComparison.Ordinal));
        var postings = files.First(f => f.EndsWith(".doc", StringComparison.Ordinal));
        using (var input = directory.OpenInput(stored, IOContext.READ_ONCE))
        {
            Assert.IsAssignableFrom<BufferedIndexInput>(input);
        }

        using (var input = directory.OpenInput(postings, IOContext.READ_ONCE))
        {
            Assert.IsNotAssignableFrom<BufferedIndexInput>(input);
        }
    }

    // One segment without a compound file, its stored fields spanning many of Lucene's 16 KB chunks.
    private static void Write(string path)
    {
        using var directory = FSDirectory.Open(new DirectoryInfo(path));
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48)) { UseCompoundFile = false };
        using var writer = new IndexWriter(directory, config);
        var random = new Random(14);
        string[] words = ["children", "care", "leavers", "supervision", "audit", "neglect", "threshold", "early", "help", "ofsted"];
        for (var i = 0; i < Passages; i++)
        {
            var text = string.Join(' ', Enumerable.Range(0, random.Next(5, 120)).Select(_ => words[random.Next(words.Length)] + random.Next(100).ToString(CultureInfo.InvariantCulture)));
            writer.AddDocument([new StringField("id", "p" + i.ToString(CultureInfo.InvariantCulture), Field.Store.YES), new TextField("text", text, Field.Store.YES), new StoredField("page", i % 97)]);
        }

        writer.ForceMerge(1);
        writer.Commit();
    }
}
