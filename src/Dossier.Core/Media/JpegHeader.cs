namespace Dossier.Media;

/// <summary>JPEG: walks the segments from the start-of-image marker to the first start-of-frame (SOF0–SOF15 but DHT, JPG, DAC).</summary>
internal static class JpegHeader
{
    public static ImageSize? Read(ReadOnlySpan<byte> b)
    {
        if (b.Length < 4 || b[0] != 0xFF || b[1] != 0xD8) return null;
        var at = 2;
        while (at + 4 <= b.Length)
        {
            if (b[at] != 0xFF) return null;
            var marker = b[at + 1];
            if (marker == 0xFF) { at++; continue; }
            // Markers without a length: TEM, RSTn; SOS or EOI before a frame means there is none to read.
            if (marker is 0x01 or >= 0xD0 and <= 0xD7) { at += 2; continue; }
            if (marker is 0xD9 or 0xDA) return null;
            var length = ImageSize.U16Be(b, at + 2);
            if (length < 2) return null;
            if (marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC))
                return at + 9 <= b.Length ? new ImageSize(ImageSize.U16Be(b, at + 7), ImageSize.U16Be(b, at + 5)) : null;
            at += 2 + length;
        }
        return null;
    }
}
