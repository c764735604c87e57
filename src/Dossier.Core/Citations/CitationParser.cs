using Markdig.Helpers;
using Markdig.Parsers;

namespace Dossier.Citations;

/// <summary>Parses [@ID] and [@ID "quote"] (straight or curly double quotes; the quote may run over lines).</summary>
public sealed class CitationParser : InlineParser
{
    public CitationParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '@') return false;
        var text = slice.Text;
        var start = slice.Start;
        var i = start + 2;
        while (i <= slice.End && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '-' or '_')) i++;
        if (i == start + 2) return false;
        var id = text[(start + 2)..i];
        while (i <= slice.End && text[i] is ' ' or '\n' or '\r' or '\t') i++;
        string? quote = null;
        if (i <= slice.End && text[i] is '"' or '“')
        {
            var closing = text[i] == '"' ? '"' : '”';
            var end = text.IndexOf(closing, i + 1, slice.End - i);
            if (end < 0) return false;
            quote = text[(i + 1)..end];
            i = end + 1;
            while (i <= slice.End && text[i] is ' ' or '\n' or '\r' or '\t') i++;
        }
        if (i > slice.End || text[i] != ']') return false;
        var position = processor.GetSourcePosition(start, out var line, out var column);
        processor.Inline = new CitationInline
        {
            ArticleId = id,
            Quote = quote,
            Span = new Markdig.Syntax.SourceSpan(position, position + i - start),
            Line = line,
            Column = column,
        };
        slice.Start = i + 1;
        return true;
    }
}
