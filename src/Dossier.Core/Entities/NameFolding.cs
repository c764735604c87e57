using Dossier.Text;

namespace Dossier.Entities;

/// <summary>
/// Unicode normalisation for finding names: letters lose case and diacritics (Türkiye, Turkiye; accented Latin letters),
/// dashes, quote marks and white space fold as they do for quotes (<see cref="CharFolding"/>), and a run of white space
/// becomes one space. One folded
/// character maps back to one original position, so a match is a range of the original text.
/// </summary>
public static class NameFolding
{
    private static readonly char[] Table = BuildTable();

    /// <summary>
    /// Folds <paramref name="text"/> onto the end of the <paramref name="count"/> characters already in
    /// <paramref name="folded"/> (a run of white space continuing across the join), with each folded character's
    /// position, <paramref name="offset"/> plus its index in the text, in <paramref name="map"/>; returns the new count.
    /// The caller owns the buffers, so that the 80 MB of a large dossier's articles are folded into a few reused
    /// arrays rather than new strings.
    /// </summary>
    public static int FoldInto(ReadOnlySpan<char> text, Span<char> folded, Span<int> map, int count = 0, int offset = 0)
    {
        var lastWasSpace = count == 0 || folded[count - 1] == ' ';
        for (var i = 0; i < text.Length; i++)
        {
            var c = Table[text[i]];
            if (c == ' ')
            {
                if (lastWasSpace) continue;
                lastWasSpace = true;
            }
            else lastWasSpace = false;
            folded[count] = c;
            map[count++] = offset + i;
        }
        return count;
    }

    public static string Fold(string text)
    {
        var folded = new char[text.Length];
        var count = FoldInto(text, folded, new int[text.Length]);
        return new string(folded, 0, count).Trim();
    }

    private static char[] BuildTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            table[i] = CharFolding.IsSpace(c) ? ' '
                : CharFolding.Punctuation(c) is { } folded ? folded
                : char.IsSurrogate(c) ? c
                : BaseLetter(char.ToLowerInvariant(c));
        }
        return table;
    }

    private static char BaseLetter(char c) => Text.LatinLetters.Base(c);
}
