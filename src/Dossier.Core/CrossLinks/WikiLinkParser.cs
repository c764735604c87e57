using Markdig.Helpers;
using Markdig.Parsers;

namespace Dossier.CrossLinks;

/// <summary>Parses [[id]], [[label|id]] and [[kind:id]].</summary>
public sealed class WikiLinkParser : InlineParser
{
    public static readonly string[] Kinds = ["entity", "topic", "article", "claim"];

    public WikiLinkParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '[') return false;
        var text = slice.Text;
        var start = slice.Start;
        var close = text.IndexOf("]]", start + 2, slice.End - start - 1, StringComparison.Ordinal);
        if (close < 0) return false;
        var inner = text[(start + 2)..close];
        if (inner.Length == 0 || inner.Contains('\n') || inner.Contains('[')) return false;
        string? label = null;
        var bar = inner.LastIndexOf('|');
        if (bar >= 0)
        {
            label = inner[..bar].Trim();
            inner = inner[(bar + 1)..];
        }
        string? kind = null;
        var colon = inner.IndexOf(':');
        if (colon > 0 && Kinds.Contains(inner[..colon].Trim()))
        {
            kind = inner[..colon].Trim();
            inner = inner[(colon + 1)..];
        }
        var position = processor.GetSourcePosition(start, out var line, out var column);
        processor.Inline = new WikiLinkInline
        {
            Id = inner.Trim(),
            Label = string.IsNullOrEmpty(label) ? null : label,
            Kind = kind,
            Span = new Markdig.Syntax.SourceSpan(position, position + close + 1 - start),
            Line = line,
            Column = column,
        };
        slice.Start = close + 2;
        return true;
    }
}
