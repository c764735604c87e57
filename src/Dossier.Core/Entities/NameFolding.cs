using System.Text;
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

    public static (string Folded, int[] Map) FoldWithMap(string text)
    {
        var folded = new StringBuilder(text.Length);
        var map = new int[text.Length];
        var count = 0;
        var lastWasSpace = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = Table[text[i]];
            if (c == ' ')
            {
                if (lastWasSpace) continue;
                lastWasSpace = true;
            }
            else lastWasSpace = false;
            folded.Append(c);
            map[count++] = i;
        }
        return (folded.ToString(), map[..count]);
    }

    public static string Fold(string text) => FoldWithMap(text).Folded.Trim();

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
