using System.Buffers;
using System.Globalization;

namespace Dossier.Text;

/// <summary>
/// The characters a dossier may not hold. XML 1.0 cannot carry control characters other than tab, line feed and
/// carriage return, nor U+FFFE and U+FFFF, so one of them in a title made the feed writer throw; HTML also counts
/// DEL, the C1 controls and every noncharacter as errors. Direction controls (overrides, embeddings, isolates) are
/// legal text but invisible: in a name or an id they make the words read differently from the bytes (the
/// "Trojan Source" trick), so the written fields refuse them too. Article text keeps them, as it is quoted verbatim.
/// </summary>
public static class UnpublishableCharacters
{
    // Every UTF-16 unit that can start or be a refused character; a low surrogate is refused only after the high
    // surrogate of a plane's last 2 code points (U+1FFFE, U+1FFFF, … U+10FFFF), which Find checks.
    private static readonly string Refused =
        Range(0x00, 0x08) + "\u000B\u000C" + Range(0x0E, 0x1F) + Range(0x7F, 0x9F) + Range(0xFDD0, 0xFDEF) + "\uFFFE\uFFFF\uDFFE\uDFFF";

    private static readonly SearchValues<char> Candidates = SearchValues.Create(Refused);

    private static readonly SearchValues<char> CandidatesWithDirection = SearchValues.Create(Refused + Range(0x202A, 0x202E) + Range(0x2066, 0x2069));

    /// <summary>The index of the first refused character in <paramref name="text"/>, or -1.</summary>
    /// <param name="directionControls">Whether direction controls are refused too (written fields), or kept (article text).</param>
    public static int Find(ReadOnlySpan<char> text, bool directionControls)
    {
        var candidates = directionControls ? CandidatesWithDirection : Candidates;
        var offset = 0;
        while (text[offset..].IndexOfAny(candidates) is >= 0 and var hit)
        {
            var i = offset + hit;
            if (!char.IsLowSurrogate(text[i]) || i > 0 && char.IsHighSurrogate(text[i - 1]) && (text[i - 1] & 0x3F) == 0x3F) return i;
            offset = i + 1;
        }
        return -1;
    }

    /// <summary>The code point at <paramref name="index"/> (as <see cref="Find"/> returned it), for messages.</summary>
    public static int CodePointAt(ReadOnlySpan<char> text, int index) =>
        char.IsLowSurrogate(text[index]) ? char.ConvertToUtf32(text[index - 1], text[index]) : text[index];

    /// <summary>"control character U+0007", "noncharacter U+FFFE", "direction control U+202E (RIGHT-TO-LEFT OVERRIDE)".</summary>
    public static string Describe(int codePoint)
    {
        var hex = "U+" + codePoint.ToString(codePoint > 0xFFFF ? "X5" : "X4", CultureInfo.InvariantCulture);
        if (DirectionNames.TryGetValue(codePoint, out var name)) return $"the direction control {hex} ({name})";
        return codePoint < 0xA0 ? $"the control character {hex}" : $"the noncharacter {hex}";
    }

    /// <summary>What to do, for the message's hint.</summary>
    public static string Hint(int codePoint) => DirectionNames.ContainsKey(codePoint)
        ? "delete it: it is invisible, and it changes the order in which the text after it is shown, so a name or title can read differently from what is written. Right-to-left words (Pashto, Urdu, Arabic) are shown the right way without it."
        : "delete it: it is invisible in most editors (it often comes with text pasted from elsewhere), and web pages and feeds cannot carry it. Retyping the words around it removes it.";

    private static readonly Dictionary<int, string> DirectionNames = new()
    {
        [0x202A] = "LEFT-TO-RIGHT EMBEDDING",
        [0x202B] = "RIGHT-TO-LEFT EMBEDDING",
        [0x202C] = "POP DIRECTIONAL FORMATTING",
        [0x202D] = "LEFT-TO-RIGHT OVERRIDE",
        [0x202E] = "RIGHT-TO-LEFT OVERRIDE",
        [0x2066] = "LEFT-TO-RIGHT ISOLATE",
        [0x2067] = "RIGHT-TO-LEFT ISOLATE",
        [0x2068] = "FIRST STRONG ISOLATE",
        [0x2069] = "POP DIRECTIONAL ISOLATE",
    };

    private static string Range(int first, int last) => string.Concat(Enumerable.Range(first, last - first + 1).Select(c => (char)c));
}
