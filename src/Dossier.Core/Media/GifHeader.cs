namespace Dossier.Media;

/// <summary>GIF: "GIF87a" or "GIF89a", then the logical screen's width and height (little-endian).</summary>
internal static class GifHeader
{
    public static ImageSize? Read(ReadOnlySpan<byte> b) =>
        b.Length >= 10 && (b[..6].SequenceEqual("GIF87a"u8) || b[..6].SequenceEqual("GIF89a"u8))
            ? new ImageSize(ImageSize.U16Le(b, 6), ImageSize.U16Le(b, 8))
            : null;
}
