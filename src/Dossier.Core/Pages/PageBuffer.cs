using System.Text;

namespace Dossier.Pages;

/// <summary>
/// The text of one page while it is rendered: a growable character buffer that each render worker reuses from page
/// to page, so that a 10,000-page build makes neither a StringBuilder nor a string per page — only the page's UTF-8
/// bytes. Fluid writes through the async members, which here complete at once.
/// </summary>
public sealed class PageBuffer : TextWriter
{
    [ThreadStatic] private static PageBuffer? _spare;

    private char[] _chars = new char[16 * 1024];
    private int _length;

    public override Encoding Encoding => Encoding.UTF8;

    public ReadOnlySpan<char> Text => _chars.AsSpan(0, _length);

    public int Length => _length;

    /// <summary>Drops what was written after the first <paramref name="length"/> characters.</summary>
    public void Truncate(int length) => _length = Math.Min(_length, length);

    /// <summary>This thread's buffer, emptied; <see cref="Return"/> it when done. A nested render gets a buffer of its own.</summary>
    public static PageBuffer Rent()
    {
        var buffer = _spare ?? new PageBuffer();
        _spare = null;
        buffer._length = 0;
        return buffer;
    }

    public static void Return(PageBuffer buffer) => _spare = buffer;

    public override void Write(char value)
    {
        if (_length == _chars.Length) Grow(1);
        _chars[_length++] = value;
    }

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> value)
    {
        if (_length + value.Length > _chars.Length) Grow(value.Length);
        value.CopyTo(_chars.AsSpan(_length));
        _length += value.Length;
    }

    public override Task WriteAsync(char value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(string? value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(char[] buffer, int index, int count)
    {
        Write(buffer, index, count);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return Task.CompletedTask;
    }

    public override Task FlushAsync() => Task.CompletedTask;

    private void Grow(int needed) => Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _length + needed));
}
