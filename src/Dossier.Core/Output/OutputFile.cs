using System.Text;

namespace Dossier.Output;

/// <summary>A file of the site, held in memory only until it is written (or, in a preview, until the next build).</summary>
/// <param name="Path">Site-relative path with forward slashes, e.g. "articles/x.html".</param>
public sealed record OutputFile(string Path, byte[] Bytes)
{
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
