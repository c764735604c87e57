namespace Dossier.Text;

/// <summary>
/// The characters that matching treats alike, for quotes (<see cref="MatchText"/>) and names
/// (<see cref="Entities.NameFolding"/>) both: every dash and hyphen is '-', every quote mark and apostrophe '\'',
/// and white space includes the invisible ones editors paste in. The seeds use ‑ U+2011 and ’.
/// </summary>
public static class CharFolding
{
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF';

    /// <summary>'-' for a dash or hyphen, '\'' for a quote mark or apostrophe, and null for any other character.</summary>
    public static char? Punctuation(char c) => c switch
    {
        '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\uFE58' or '\uFE63' or '\uFF0D' => '-',
        '"' or '\'' or '`' or '\u00B4' or '\u00AB' or '\u00BB' or '\u2039' or '\u203A' or '\uFF02' or '\uFF07'
            or (>= '\u2018' and <= '\u201F') or '\u2032' or '\u2033' => '\'',
        _ => null,
    };
}
