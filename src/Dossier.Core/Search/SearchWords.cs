using System.Globalization;
using Dossier.Text;

namespace Dossier.Search;

/// <summary>
/// The words of a text as the search index keeps them, and as theme/assets/search-engine.js folds a query: a word
/// is a run of letters, combining marks and decimal digits, one UTF-16 unit at a time; each unit is folded to its
/// base letter (<see cref="LatinLetters"/>, whose table the manifest carries to the browser) and then to lower case.
/// So "Müller's" gives "muller" and "s", and "Tehrik-e-Taliban" gives "tehrik", "e" and "taliban".
/// </summary>
public static class SearchWords
{
    /// <summary>Calls <paramref name="word"/> with each word of <paramref name="text"/>, folded, and its position (0, 1, 2 …).</summary>
    public static int Each(ReadOnlySpan<char> text, Span<char> scratch, WordAction word, int position = 0)
    {
        var sink = new DelegateSink(word);
        return Each(text, scratch, ref sink, position);
    }

    /// <summary>Takes each word of a text; a struct, so that the index's loop over every word of the dossier is compiled with it inlined.</summary>
    public interface IWordSink
    {
        void Word(ReadOnlySpan<char> folded, int position);
    }

    private readonly struct DelegateSink(WordAction action) : IWordSink
    {
        public void Word(ReadOnlySpan<char> folded, int position) => action(folded, position);
    }

    /// <inheritdoc cref="Each(ReadOnlySpan{char}, Span{char}, WordAction, int)"/>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static int Each<TSink>(ReadOnlySpan<char> text, Span<char> scratch, ref TSink word, int position = 0) where TSink : struct, IWordSink
    {
        var ascii = AsciiFolded;
        var length = 0;
        foreach (var c in text)
        {
            // Most text is ASCII: a table says whether a character is a letter or digit, and what it folds to.
            var folded = c < 128 ? (char)ascii[c] : IsWordChar(c) ? Fold(c) : '\0';
            if (folded != '\0')
            {
                // A word longer than the scratch is cut there: no real word is that long, and the index stays bounded.
                if (length < scratch.Length) scratch[length++] = folded;
                continue;
            }
            if (length > 0) word.Word(scratch[..length], position++);
            length = 0;
        }
        if (length > 0) word.Word(scratch[..length], position++);
        return position;
    }

    // For each ASCII character, the lower-case letter or the digit it is, and 0 when it is neither.
    private static ReadOnlySpan<byte> AsciiFolded =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 0, 0, 0, 0, 0, 0,
        0, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 0, 0, 0, 0, 0,
        0, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 0, 0, 0, 0, 0,
    ];

    public delegate void WordAction(ReadOnlySpan<char> folded, int position);

    public static bool IsWordChar(char c) => c < 128 ? char.IsAsciiLetterOrDigit(c) : char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.DecimalDigitNumber => true,
        _ => false,
    };

    public static char Fold(char c) => c < 128 ? char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c : char.ToLowerInvariant(LatinLetters.Base(c));

    /// <summary>The words of a text, folded, in order.</summary>
    public static List<string> Of(string text)
    {
        var words = new List<string>();
        Each(text, stackalloc char[MaxWord], (w, _) => words.Add(new string(w)));
        return words;
    }

    /// <summary>Whether a text is one word, with nothing but separators around it.</summary>
    public static bool IsOneWord(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var w = IsWordChar(c);
            if (w && !inWord && ++words > 1) return false;
            inWord = w;
        }
        return words == 1;
    }

    public const int MaxWord = 64;
}
