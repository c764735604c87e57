namespace Dossier.Media;

/// <summary>WebP: a RIFF "WEBP" file whose first chunk is VP8 (lossy), VP8L (lossless) or VP8X (extended).</summary>
internal static class WebpHeader
{
    public static ImageSize? Read(ReadOnlySpan<byte> b)
    {
        if (b.Length < 20 || !b[..4].SequenceEqual("RIFF"u8) || !b.Slice(8, 4).SequenceEqual("WEBP"u8)) return null;
        var chunk = b.Slice(12, 4);
        if (chunk.SequenceEqual("VP8 "u8))
        {
            // The key frame's start code, then 14-bit width and height (the top two bits scale, which the size ignores).
            if (b.Length < 30 || b[23] != 0x9D || b[24] != 0x01 || b[25] != 0x2A) return null;
            return new ImageSize(ImageSize.U16Le(b, 26) & 0x3FFF, ImageSize.U16Le(b, 28) & 0x3FFF);
        }
        if (chunk.SequenceEqual("VP8L"u8))
        {
            if (b.Length < 25 || b[20] != 0x2F) return null;
            var bits = (uint)(b[21] | b[22] << 8 | b[23] << 16 | b[24] << 24);
            return new ImageSize((int)(bits & 0x3FFF) + 1, (int)(bits >> 14 & 0x3FFF) + 1);
        }
        if (chunk.SequenceEqual("VP8X"u8) && b.Length >= 30) return new ImageSize(ImageSize.U24Le(b, 24) + 1, ImageSize.U24Le(b, 27) + 1);
        return null;
    }
}
