using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Inspection.Search.Indexing;

/// <summary>
/// The index's directory with its stored-fields files (<c>.fdt</c>, a segment's passages' text and details, LZ4
/// compressed) read through a buffer. A page of hits decompresses a block of passages for each hit, and Lucene's LZ4
/// reads its input a byte at a time: from a memory-mapped file each byte cost a bounds-checked call into the mapped
/// view, about a tenth of a search's CPU at a million passages; from a buffer it is an array read. The bytes read are
/// the same; everything else (postings, norms, doc values, compound files, writing) goes to the wrapped directory as is.
/// </summary>
internal sealed class StoredFieldsDirectory(LuceneDirectory inner) : FilterDirectory(inner)
{
    // Lucene's stored-fields chunks are 16 KB; one read brings in a chunk's compressed bytes and usually the next's start.
    private const int BufferBytes = 16 * 1024;

    private const string StoredFieldsExtension = ".fdt";

    public override IndexInput OpenInput(string name, IOContext context)
    {
        var input = base.OpenInput(name, context);
        return name.EndsWith(StoredFieldsExtension, StringComparison.Ordinal) ? new Buffered(input) : input;
    }

    private sealed class Buffered(IndexInput inner) : BufferedIndexInput("buffered(" + inner + ")", BufferBytes)
    {
        private IndexInput _inner = inner;

        public override long Length => _inner.Length;

        protected override void ReadInternal(byte[] b, int offset, int length)
        {
            // Position is where the buffer's next bytes start (Lucene seeks lazily: SeekInternal only records it).
            _inner.Seek(Position);
            _inner.ReadBytes(b, offset, length);
        }

        protected override void SeekInternal(long pos)
        {
        }

        public override object Clone()
        {
            var clone = (Buffered)base.Clone();
            clone._inner = (IndexInput)_inner.Clone();
            return clone;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _inner.Dispose();
            }
        }
    }
}
