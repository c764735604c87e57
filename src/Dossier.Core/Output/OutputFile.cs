using System.Buffers;
using System.Text;

namespace Dossier.Output;

/// <summary>A file of the site, held in memory only until it is written (or, in a preview, until the next build).</summary>
/// <param name="Path">Site-relative path with forward slashes, e.g. "articles/x.html".</param>
/// <param name="Bytes">The file's bytes (of an array of its own, or of one rented from the shared pool).</param>
public sealed record OutputFile(string Path, ReadOnlyMemory<byte> Bytes)
{
    private byte[]? _rented;

    public int Length => Bytes.Length;

    public ReadOnlySpan<byte> Span => Bytes.Span;

    /// <summary>
    /// A file in an array rented from the shared pool, which goes back with <see cref="Release"/> once the file is
    /// written: a large file made anew for each part of the search index left hundreds of MB in the large-object
    /// heap at the end of a build. Such a file is not copied with <c>with</c>: the copy would share the array.
    /// </summary>
    public static OutputFile Rented(string path, ReadOnlySpan<byte> bytes)
    {
        var array = ArrayPool<byte>.Shared.Rent(bytes.Length);
        bytes.CopyTo(array);
        return new OutputFile(path, array.AsMemory(0, bytes.Length)) { _rented = array };
    }

    // Each worker writes its large files into one stream that it keeps, which soon stops growing: a stream grown
    // anew for each file leaves about three times the file's size in the large-object heap.
    [ThreadStatic] private static MemoryStream? _stream;

    /// <summary>A large file written by <paramref name="write"/> into this worker's stream, and rented (see <see cref="Rented(string, ReadOnlySpan{byte})"/>).</summary>
    public static OutputFile Rented(string path, Action<Stream> write)
    {
        var stream = _stream ??= new MemoryStream();
        stream.SetLength(0);
        write(stream);
        return Rented(path, stream.GetBuffer().AsSpan(0, (int)stream.Length));
    }

    /// <summary>Gives a rented array back, once nobody reads the file again; nothing for any other file.</summary>
    public void Release()
    {
        if (Interlocked.Exchange(ref _rented, null) is { } array) ArrayPool<byte>.Shared.Return(array);
    }

    /// <summary>The input file a page was made from, named in errors found on the page (a broken link).</summary>
    public Diagnostics.SourceLocation? Origin { get; init; }

    /// <summary>A page's links and ids, read by its renderer while it still had the text, so nobody reads the page again.</summary>
    public Links.HtmlLinkScanner.PageLinks? Links { get; init; }

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static OutputFile Text(string path, string text) => Text(path, text.AsSpan());

    public static OutputFile Text(string path, ReadOnlySpan<char> text)
    {
        var bytes = new byte[Utf8.GetByteCount(text)];
        Utf8.GetBytes(text, bytes);
        return new OutputFile(path, bytes);
    }

    public bool IsHtml => Path.EndsWith(".html", StringComparison.Ordinal);
}
