using System.Buffers;

namespace Dossier.Search;

/// <summary>
/// Numbers as text in the index's scripts, in 64 characters that need no escaping in a JavaScript string. A number is
/// written low five bits first, one character each: characters 0–31 of the alphabet end a number, 32–63 say that
/// more follow. So 0–31 take one character and 32–1,023 two. A score is one character, 0–63.
/// search-engine.js reads them back (decodePostings, decodePositions).
/// </summary>
public static class Base64Numbers
{
    private static ReadOnlySpan<byte> Digits => "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"u8;

    /// <summary>Writes a number as ASCII, which is its UTF-8 too: the scripts are written as bytes.</summary>
    public static void Write(ArrayBufferWriter<byte> text, int value) => text.Advance(Write(text.GetSpan(7), value));

    /// <summary>Writes a number into <paramref name="span"/>, which has room for seven bytes; returns how many it took.</summary>
    public static int Write(Span<byte> span, int value)
    {
        var n = 0;
        while (value >= 32)
        {
            span[n++] = Digits[32 | (value & 31)];
            value >>= 5;
        }
        span[n++] = Digits[value];
        return n;
    }

    public static void WriteDigit(ArrayBufferWriter<byte> text, int digit)
    {
        text.GetSpan(1)[0] = Digits[digit];
        text.Advance(1);
    }
}
