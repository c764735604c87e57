using System.Buffers.Binary;

namespace Dossier.Media;

/// <summary>A picture's size in CSS pixels, as its own file states it.</summary>
public readonly record struct ImageSize(int Width, int Height)
{
    /// <summary>How much of a file the readers look at: enough for a JPEG's metadata segments before its frame header.</summary>
    public const int HeaderBytes = 64 * 1024;

    /// <summary>The size stated by a file's first bytes, or null for a file of another kind or a broken one (never throws).</summary>
    public static ImageSize? Read(string extension, ReadOnlySpan<byte> head)
    {
        try
        {
            var size = extension.ToLowerInvariant() switch
            {
                ".png" => PngHeader.Read(head),
                ".jpg" or ".jpeg" => JpegHeader.Read(head),
                ".gif" => GifHeader.Read(head),
                ".webp" => WebpHeader.Read(head),
                ".svg" => SvgHeader.Read(head),
                _ => null,
            };
            return size is { Width: > 0 and <= 100_000, Height: > 0 and <= 100_000 } ? size : null;
        }
        catch (Exception e) when (e is ArgumentException or IndexOutOfRangeException or FormatException or OverflowException or System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            return null;
        }
    }

    internal static ushort U16Le(ReadOnlySpan<byte> b, int at) => BinaryPrimitives.ReadUInt16LittleEndian(b[at..]);
    internal static ushort U16Be(ReadOnlySpan<byte> b, int at) => BinaryPrimitives.ReadUInt16BigEndian(b[at..]);
    internal static uint U32Be(ReadOnlySpan<byte> b, int at) => BinaryPrimitives.ReadUInt32BigEndian(b[at..]);
    internal static int U24Le(ReadOnlySpan<byte> b, int at) => b[at] | b[at + 1] << 8 | b[at + 2] << 16;
}
