using System.Text;
using Dossier.Text;

namespace Dossier.Citations;

/// <summary>
/// A URL text fragment (WICG "Scroll to Text Fragment"): <c>#:~:text=[prefix-,]textStart[,textEnd][,-suffix]</c>, which
/// makes a browser scroll to a passage of the original page and highlight it. It is made from the article's own
/// characters — the verified passage and the words around it in its block — not from the editor's quote, whose
/// quote marks and dashes may differ from the page's.
/// </summary>
/// <remarks>
/// A browser matches each of the four parts inside one block of the page, but lets the range from textStart to
/// textEnd run across blocks. So a passage of one piece of text of at most <see cref="WholeWords"/> words is given
/// whole; a longer one, or one that crosses a paragraph break or an omission, is given by its first and last
/// <see cref="EdgeWords"/> words, each taken inside its own piece. Prefix and suffix are the
/// <see cref="ContextWords"/> words before and after the passage in its block, which (unlike the reader's text)
/// still holds any omitted words: the original page shows them.
/// </remarks>
public static class TextFragment
{
    public const int WholeWords = 8;
    public const int EdgeWords = 4;
    public const int ContextWords = 2;

    /// <summary>A contiguous piece of the passage: a range of one block's text (the block's text given whole, for its context).</summary>
    public readonly record struct Piece(string BlockText, TextRange Range);

    /// <summary>The directive <c>text=…</c> for a passage made of <paramref name="pieces"/> in reading order; null when it has no words.</summary>
    public static string? Directive(IReadOnlyList<Piece> pieces)
    {
        if (pieces.Count == 0) return null;
        var (first, last) = (pieces[0], pieces[^1]);
        var start = WordStart(first.BlockText, first.Range.Start);
        var end = WordEnd(last.BlockText, last.Range.End);
        var firstWords = Words(first.BlockText, start, pieces.Count == 1 ? end : first.Range.End);
        var lastWords = pieces.Count == 1 ? firstWords : Words(last.BlockText, last.Range.Start, end);
        if (firstWords.Count == 0 || lastWords.Count == 0) return null;
        string textStart;
        string? textEnd = null;
        if (pieces.Count == 1 && firstWords.Count <= WholeWords) textStart = string.Join(' ', firstWords);
        else
        {
            textStart = string.Join(' ', firstWords.Take(EdgeWords));
            textEnd = string.Join(' ', lastWords.TakeLast(pieces.Count == 1 ? Math.Min(EdgeWords, lastWords.Count - EdgeWords) : EdgeWords));
        }
        var prefix = Words(first.BlockText, 0, start).TakeLast(ContextWords).ToList();
        var suffix = Words(last.BlockText, end, last.BlockText.Length).Take(ContextWords).ToList();
        var directive = new StringBuilder("text=");
        if (prefix.Count > 0) directive.Append(Encode(string.Join(' ', prefix))).Append("-,");
        directive.Append(Encode(textStart));
        if (textEnd is not null) directive.Append(',').Append(Encode(textEnd));
        if (suffix.Count > 0) directive.Append(",-").Append(Encode(string.Join(' ', suffix)));
        return directive.ToString();
    }

    /// <summary><paramref name="url"/> with the directive: after its own fragment if it has one (<c>#top:~:text=…</c>).</summary>
    public static string Append(string url, string directive) =>
        url.Contains('#', StringComparison.Ordinal) ? $"{url}:~:{directive}" : $"{url}#:~:{directive}";

    /// <summary>
    /// Percent-encodes a part as UTF-8. Only ASCII letters, digits and <c>. _ ~</c> stay as they are: the directive's
    /// own signs <c>- , &amp;</c> must be encoded inside a part, and so is everything a URL fragment may not hold.
    /// </summary>
    public static string Encode(string part)
    {
        var result = new StringBuilder(part.Length * 3 / 2);
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < part.Length; i++)
        {
            var c = part[i];
            if (char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '~')
            {
                result.Append(c);
                continue;
            }
            var length = char.IsHighSurrogate(c) && i + 1 < part.Length && char.IsLowSurrogate(part[i + 1])
                ? Encoding.UTF8.GetBytes(part.AsSpan(i++, 2), utf8)
                : Encoding.UTF8.GetBytes(part.AsSpan(i, 1), utf8);
            foreach (var b in utf8[..length]) result.Append('%').Append(Hex[b >> 4]).Append(Hex[b & 15]);
        }
        return result.ToString();
    }

    private const string Hex = "0123456789ABCDEF";

    /// <summary>The words (runs between white space) of characters <paramref name="from"/> to <paramref name="to"/>.</summary>
    private static List<string> Words(string text, int from, int to)
    {
        var words = new List<string>();
        var i = from;
        while (i < to)
        {
            while (i < to && char.IsWhiteSpace(text[i])) i++;
            var start = i;
            while (i < to && !char.IsWhiteSpace(text[i])) i++;
            if (i > start) words.Add(text[start..i]);
        }
        return words;
    }

    // A browser matches each part on word boundaries: a passage that starts or ends inside a word is widened to the
    // whole word. An apostrophe or a point between letters (Pakistan’s, U.S.) does not end a word; nor does a comma
    // between digits (19,000).
    private static int WordStart(string text, int start)
    {
        while (start > 0 && start < text.Length && Joins(text, start) && Joins(text, start - 1)) start--;
        return start;
    }

    private static int WordEnd(string text, int end)
    {
        while (end > 0 && end < text.Length && Joins(text, end - 1) && Joins(text, end)) end++;
        return end;
    }

    /// <summary>Whether the character at <paramref name="i"/> belongs to the word of its neighbours.</summary>
    private static bool Joins(string text, int i)
    {
        var c = text[i];
        if (char.IsLetterOrDigit(c)) return true;
        var inside = i > 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]);
        return inside && (c is '’' or '\'' or '.' || (c == ',' && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1])));
    }
}
