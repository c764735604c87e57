using Dossier.Text;

namespace Dossier.Articles.Body;

/// <summary>
/// The text a reader sees — every visible block, omitted passages removed — joined into one string for
/// quote matching, with a map from its offsets back to blocks.
/// </summary>
public sealed class ReaderText
{
    private readonly record struct Segment(int ReaderStart, int Block, int LocalStart, int Length);

    private readonly List<Segment> _segments = [];
    private readonly IReadOnlyList<BodyBlock> _blocks;
    private readonly int _length;

    /// <summary>
    /// The reader's text, made when asked for: it is needed while mentions, citations and the search index are made,
    /// and keeping it for every article would hold a third copy of each text for the whole build.
    /// </summary>
    public string Text => string.Create(_length, this, static (text, reader) => reader.Write(text));

    public int Length => _length;

    /// <summary>Writes <see cref="Text"/> into the start of <paramref name="destination"/>, which has room for <see cref="Length"/>.</summary>
    public void CopyTo(Span<char> destination) => Write(destination[.._length]);

    /// <summary>Records the visible segments: the pieces of each block between its cuts.</summary>
    public ReaderText(IReadOnlyList<BodyBlock> blocks)
    {
        _blocks = blocks;
        var length = 0;
        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            if (block.Kind == BlockKind.Omission) continue;
            var position = 0;
            var first = true;
            void Visible(int end)
            {
                if (end > position)
                {
                    // The visible pieces of one block are joined by a space.
                    if (!first) length++;
                    _segments.Add(new Segment(length, b, position, end - position));
                    length += end - position;
                    first = false;
                }
            }
            foreach (var cut in block.Cuts.Count < 2 ? block.Cuts : (IEnumerable<TextRange>)block.Cuts.OrderBy(c => c.Start))
            {
                Visible(cut.Start);
                position = Math.Max(position, cut.End);
            }
            Visible(block.PlainText.Length);
            // Blocks are separated as paragraphs: "\n\n" after each one.
            length += 2;
        }
        _length = length;
    }

    /// <summary>Writes the segments at their places; what lies between them is the space or the paragraph break that joins them.</summary>
    private void Write(Span<char> text)
    {
        text.Fill('\n');
        for (var i = 0; i < _segments.Count; i++)
        {
            var s = _segments[i];
            if (i > 0 && _segments[i - 1].Block == s.Block) text[s.ReaderStart - 1] = ' ';
            _blocks[s.Block].PlainText.CopyTo(new TextRange(s.LocalStart, s.LocalStart + s.Length), text[s.ReaderStart..]);
        }
    }

    /// <summary>
    /// The text prepared for quote matching. Made for each use and not kept: its folded copy and offset map take
    /// five times the text's memory, and are needed only while notes and citations are resolved.
    /// </summary>
    public MatchText Matcher() => MatchText.Of(Text);

    /// <summary>The pieces of a reader-text range, as (block index, range of that block's text).</summary>
    public IEnumerable<(int Block, TextRange Range)> Locate(TextRange range)
    {
        foreach (var s in _segments)
        {
            var start = Math.Max(range.Start, s.ReaderStart);
            var end = Math.Min(range.End, s.ReaderStart + s.Length);
            if (start < end) yield return (s.Block, new TextRange(start - s.ReaderStart + s.LocalStart, end - s.ReaderStart + s.LocalStart));
        }
    }

    /// <summary>The index of the block holding a reader-text offset.</summary>
    public int BlockAt(int offset)
    {
        foreach (var s in _segments)
            if (offset < s.ReaderStart + s.Length) return s.Block;
        return _segments.Count > 0 ? _segments[^1].Block : -1;
    }

    /// <summary>
    /// The runs between white space that hold a letter or digit. Segments are always joined by white space, so the
    /// count is the sum of theirs, and the joined text need not be made.
    /// </summary>
    public int WordCount
    {
        get
        {
            var words = 0;
            foreach (var s in _segments)
            {
                var (inWord, counted) = (false, false);
                foreach (var c in _blocks[s.Block].Text.AsSpan(s.LocalStart, s.Length))
                {
                    if (char.IsWhiteSpace(c))
                    {
                        inWord = false;
                        continue;
                    }
                    if (!inWord) (inWord, counted) = (true, false);
                    if (!counted && char.IsLetterOrDigit(c)) (words, counted) = (words + 1, true);
                }
            }
            return words;
        }
    }
}
