using System.Text;
using Dossier.Text;

namespace Dossier.Articles.Body;

/// <summary>
/// A block's plain text: a string of its own, or — for a block whose text is its source's own, a paragraph without
/// markup — a range of the article's UTF-8 source, which the article keeps anyway to render its page. Block texts
/// held as strings were the largest part of a build's memory: twice the size of the source, for the same words.
/// </summary>
public readonly struct BlockText : IEquatable<BlockText>
{
    private readonly string? _text;
    private readonly byte[]? _utf8;
    private readonly int _start;
    private readonly int _bytes;

    private BlockText(string text) => (_text, Length) = (text, text.Length);

    private BlockText(byte[] utf8, int start, int bytes, int length) => (_utf8, _start, _bytes, Length) = (utf8, start, bytes, length);

    public static readonly BlockText Empty = new("");

    /// <summary>The length in characters (UTF-16 code units), as of the string.</summary>
    public int Length { get; }

    public static BlockText Of(string text) => new(text);

    /// <summary>The text that bytes <paramref name="start"/> to <paramref name="start"/> + <paramref name="bytes"/> of <paramref name="utf8"/> hold, <paramref name="length"/> characters long.</summary>
    public static BlockText Range(byte[] utf8, int start, int bytes, int length) => new(utf8, start, bytes, length);

    // Each worker keeps the last text it decoded: the sentences of an entity's mentions come a block at a time.
    [ThreadStatic] private static byte[]? _lastSource;
    [ThreadStatic] private static int _lastStart;
    [ThreadStatic] private static string? _last;

    public override string ToString()
    {
        if (_text is not null) return _text;
        if (ReferenceEquals(_lastSource, _utf8) && _lastStart == _start && _last is not null) return _last;
        var text = Encoding.UTF8.GetString(_utf8!, _start, _bytes);
        (_lastSource, _lastStart, _last) = (_utf8, _start, text);
        return text;
    }

    /// <summary>Characters <paramref name="range"/> of the text, written into <paramref name="destination"/>.</summary>
    public void CopyTo(TextRange range, Span<char> destination)
    {
        if (_text is not null) _text.AsSpan(range.Start, range.Length).CopyTo(destination);
        // Of ASCII text each character is one byte: the range is decoded alone.
        else if (_bytes == Length) Encoding.UTF8.GetChars(_utf8.AsSpan(_start + range.Start, range.Length), destination);
        else ToString().AsSpan(range.Start, range.Length).CopyTo(destination);
    }

    /// <summary>
    /// Characters <paramref name="range"/> of the text, decoded alone into <paramref name="scratch"/> (grown as needed)
    /// when the text is ASCII: a sentence is read without decoding its paragraph.
    /// </summary>
    public ReadOnlySpan<char> Slice(TextRange range, ref char[]? scratch)
    {
        if (_text is not null) return _text.AsSpan(range.Start, range.Length);
        if (_bytes != Length) return ToString().AsSpan(range.Start, range.Length);
        if (scratch is null || scratch.Length < range.Length) scratch = new char[Math.Max(range.Length, 1024)];
        CopyTo(range, scratch);
        return scratch.AsSpan(0, range.Length);
    }

    public bool Equals(BlockText other) =>
        ReferenceEquals(_text, other._text) && ReferenceEquals(_utf8, other._utf8) && _start == other._start && _bytes == other._bytes;

    public override bool Equals(object? obj) => obj is BlockText other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(_text, _utf8, _start, _bytes);
}
