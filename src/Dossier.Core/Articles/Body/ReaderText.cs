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

    /// <summary>
    /// The reader's text, made when asked for: it is needed while mentions, citations and the search index are made,
    /// and keeping it for every article would hold a third copy of each text for the whole build.
    /// </summary>
    public string Text => Join(new System.Text.StringBuilder());

    public ReaderText(IReadOnlyList<BodyBlock> blocks)
    {
        _blocks = blocks;
        Join(null);
    }

    /// <summary>Walks the visible text: the first walk records the segments, later ones write the text.</summary>
    private string Join(System.Text.StringBuilder? builder)
    {
        var length = 0;
        var record = _segments.Count == 0;
        var lastBlock = -1;
        for (var b = 0; b < _blocks.Count; b++)
        {
            var block = _blocks[b];
            if (block.Kind == BlockKind.Omission) continue;
            var position = 0;
            foreach (var cut in block.Cuts.OrderBy(c => c.Start).Append(new TextRange(block.Text.Length, block.Text.Length)))
            {
                if (cut.Start > position)
                {
                    if (lastBlock == b)
                    {
                        builder?.Append(' ');
                        length++;
                    }
                    if (record) _segments.Add(new Segment(length, b, position, cut.Start - position));
                    builder?.Append(block.Text, position, cut.Start - position);
                    length += cut.Start - position;
                    lastBlock = b;
                }
                position = Math.Max(position, cut.End);
            }
            builder?.Append("\n\n");
            length += 2;
        }
        return builder?.ToString() ?? "";
    }

    /// <summary>
    /// The text prepared for quote matching. Made for each use and not kept: its folded copy and offset map take
    /// five times the text's memory, and are needed only while notes and citations are resolved.
    /// </summary>
    public MatchText Matcher() => MatchText.Of(Text);

    private void Add(System.Text.StringBuilder builder, int block, int localStart, string text)
    {
        if (_segments.Count > 0 && _segments[^1].Block == block) builder.Append(' ');
        _segments.Add(new Segment(builder.Length, block, localStart, text.Length));
        builder.Append(text);
    }

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

    /// <summary>The runs between white space that hold a letter or digit (one pass, nothing allocated).</summary>
    public int WordCount
    {
        get
        {
            var (words, inWord, counted) = (0, false, false);
            foreach (var c in Text)
            {
                if (char.IsWhiteSpace(c))
                {
                    inWord = false;
                    continue;
                }
                if (!inWord) (inWord, counted) = (true, false);
                if (!counted && char.IsLetterOrDigit(c)) (words, counted) = (words + 1, true);
            }
            return words;
        }
    }
}
