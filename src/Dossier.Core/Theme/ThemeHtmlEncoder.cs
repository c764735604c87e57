using System.Text;
using System.Text.Encodings.Web;

namespace Dossier.Theme;

/// <summary>
/// The HTML encoding of {{ value }} in the theme's templates: the characters that can end an attribute or open a tag
/// (&amp; &lt; &gt; " ' ` =) become references, and every other character is kept as it is (the pages are UTF-8), as
/// the theme's templates have always escaped them.
/// </summary>
public sealed class ThemeHtmlEncoder : TextEncoder
{
    public static readonly ThemeHtmlEncoder Instance = new();

    private ThemeHtmlEncoder() { }

    public override int MaxOutputCharactersPerInputCharacter => 6;

    private static string? Reference(int scalar) => scalar switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' => "&quot;",
        '\'' => "&#x27;",
        '`' => "&#x60;",
        '=' => "&#x3D;",
        _ => null,
    };

    public override bool WillEncode(int unicodeScalar) => Reference(unicodeScalar) is not null;

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        for (var i = 0; i < textLength; i++)
            if (Reference(text[i]) is not null) return i;
        return -1;
    }

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        var reference = Reference(unicodeScalar);
        if (reference is null)
        {
            if (!Rune.TryCreate(unicodeScalar, out var rune) || rune.Utf16SequenceLength > bufferLength)
            {
                numberOfCharactersWritten = 0;
                return false;
            }
            numberOfCharactersWritten = rune.EncodeToUtf16(new Span<char>(buffer, bufferLength));
            return true;
        }
        if (reference.Length > bufferLength)
        {
            numberOfCharactersWritten = 0;
            return false;
        }
        reference.AsSpan().CopyTo(new Span<char>(buffer, bufferLength));
        numberOfCharactersWritten = reference.Length;
        return true;
    }
}
