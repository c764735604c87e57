using Dossier.Text;

namespace Dossier.Entities;

/// <summary>
/// Finds the sentence around a mention: from after the previous ". " (or "! ", "? ") to the next, white space trimmed.
/// The sentence ends of a block are found in one pass and kept while its mentions are asked about, which come block
/// by block, so a block is read once however many mentions it holds.
/// </summary>
public sealed class SentenceBounds
{
    private static readonly System.Buffers.SearchValues<char> Ends = System.Buffers.SearchValues.Create(".!?");

    private readonly List<int> _bounds = [];
    private int _block = -1;

    public TextRange Around(string text, int block, TextRange range)
    {
        if (block != _block) Scan(text, block);
        // The last bound at or before the mention's start, and the first at or after its end.
        var before = _bounds.BinarySearch(range.Start);
        var start = _bounds[before >= 0 ? before : ~before - 1];
        var after = _bounds.BinarySearch(range.End);
        var end = _bounds[after >= 0 ? after : ~after];
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return new TextRange(start, end);
    }

    /// <summary>Where sentences may start or end: the text's ends, and after every sentence-ending mark followed by white space.</summary>
    private void Scan(string text, int block)
    {
        _block = block;
        _bounds.Clear();
        _bounds.Add(0);
        for (var i = text.AsSpan().IndexOfAny(Ends); i >= 0 && i + 1 < text.Length; )
        {
            if (char.IsWhiteSpace(text[i + 1])) _bounds.Add(i + 1);
            var next = text.AsSpan(i + 1).IndexOfAny(Ends);
            i = next < 0 ? -1 : i + 1 + next;
        }
        _bounds.Add(text.Length);
    }
}
