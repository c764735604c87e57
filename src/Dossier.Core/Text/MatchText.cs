namespace Dossier.Text;

/// <summary>
/// A text prepared for quote matching. Matching ignores differences of whitespace, letter case, quote
/// marks, apostrophes, dashes and hyphens (DESIGN.md §2), and nothing else. The folded form keeps a map
/// back to the original, so a match is reported as a range of the original text.
/// </summary>
public sealed class MatchText
{
    // Where each folded character comes from in the original; longer than the folded text, which is at most as long.
    private readonly int[] _map;

    public string Original { get; }
    public string Folded { get; }

    private MatchText(string original, string folded, int[] map)
    {
        Original = original;
        Folded = folded;
        _map = map;
    }

    public static MatchText Of(string text)
    {
        var map = new int[text.Length];
        return new MatchText(text, Fold(text, map), map);
    }

    public static string Fold(string text) => Fold(text, []);

    /// <summary>Every occurrence of <paramref name="quote"/> at or after <paramref name="from"/> (original offset), as original ranges.</summary>
    public IEnumerable<TextRange> FindAll(string quote, int from = 0)
    {
        var needle = Fold(quote);
        if (needle.Length == 0) yield break;
        var start = FoldedIndexAtOrAfter(from);
        while (start <= Folded.Length - needle.Length)
        {
            var hit = Folded.IndexOf(needle, start, StringComparison.Ordinal);
            if (hit < 0) yield break;
            yield return new TextRange(_map[hit], _map[hit + needle.Length - 1] + 1);
            start = hit + 1;
        }
    }

    public TextRange? FindFirst(string quote, int from = 0)
    {
        foreach (var range in FindAll(quote, from)) return range;
        return null;
    }

    private int FoldedIndexAtOrAfter(int original)
    {
        var index = Array.BinarySearch(_map, 0, Folded.Length, original);
        return index >= 0 ? index : ~index;
    }

    /// <summary>The folded text, writing into <paramref name="map"/> (when not empty) where each of its characters comes from.</summary>
    private static string Fold(string text, Span<int> map)
    {
        var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(text.Length);
        var folded = 0;
        var pendingSpace = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (CharFolding.IsSpace(c))
            {
                if (pendingSpace < 0) pendingSpace = i;
                continue;
            }
            var f = FoldChar(c);
            if (pendingSpace >= 0 && folded > 0 && f != '-' && buffer[folded - 1] != '-')
            {
                if (!map.IsEmpty) map[folded] = pendingSpace;
                buffer[folded++] = ' ';
            }
            pendingSpace = -1;
            if (!map.IsEmpty) map[folded] = i;
            buffer[folded++] = f;
        }
        var result = new string(buffer, 0, folded);
        System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        return result;
    }

    private static char FoldChar(char c) => CharFolding.Punctuation(c) ?? char.ToLowerInvariant(c);
}

/// <summary>A half-open range [Start, End) of a text.</summary>
public readonly record struct TextRange(int Start, int End)
{
    public int Length => End - Start;
    public bool Overlaps(TextRange other) => Start < other.End && other.Start < End;
}
