using System.Text;

namespace Dossier.Entities;

/// <summary>
/// Unicode normalisation for finding names: letters lose case and diacritics (Türkiye, Turkiye; accented Latin letters), every dash
/// and hyphen becomes '-', every quote mark and apostrophe '\'', and a run of whitespace one space. One folded
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
            table[i] = c switch
            {
                _ when char.IsWhiteSpace(c) => ' ',
                '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
                '"' or '\'' or '`' or '\u00B4' or (>= '\u2018' and <= '\u201F') => '\'',
                _ when char.IsSurrogate(c) => c,
                _ => BaseLetter(char.ToLowerInvariant(c)),
            };
        }
        return table;
    }

    private static char BaseLetter(char c) => Text.LatinLetters.Base(c);
}
