namespace Dossier.Media;

/// <summary>PNG: the signature, then the IHDR chunk's width and height (big-endian).</summary>
internal static class PngHeader
{
    private static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static ImageSize? Read(ReadOnlySpan<byte> b)
    {
        if (b.Length < 24 || !b[..8].SequenceEqual(Signature) || !b.Slice(12, 4).SequenceEqual("IHDR"u8)) return null;
        var width = ImageSize.U32Be(b, 16);
        var height = ImageSize.U32Be(b, 20);
        return width > int.MaxValue || height > int.MaxValue ? null : new ImageSize((int)width, (int)height);
    }
}
