using System.Text;
using Dossier.Articles.Body;
using Dossier.Citations;
using Dossier.CrossLinks;
using Dossier.Diagnostics;
using Dossier.Markdown;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Dossier.Articles.MarkdownBody;

/// <summary>Turns the Markdown body of an article into blocks: paragraphs, headings, list items, and other blocks whole.</summary>
public static class MarkdownBodyParser
{
    /// <summary>
    /// A block's node in the syntax tree, with where each run of its text starts in the block's plain text. The map
    /// is shared by the blocks of a body: each literal belongs to one block.
    /// </summary>
    public sealed record ParsedBlock(MarkdownObject Node, IReadOnlyDictionary<LiteralInline, int> Offsets, bool InlineOnly);

    // Each worker writes blocks' text into one buffer, which soon stops growing: a new one per body was grown anew each time.
    [ThreadStatic] private static StringBuilder? _text;

    /// <param name="at">Where the body starts in its file (after the front matter).</param>
    public static (IReadOnlyList<BodyBlock> Blocks, MarkdownReferences References) Parse(string markdown, SourceLocation at, MarkdownPipeline pipeline)
    {
        var (document, problem) = MarkdownPipelines.Parse(markdown, pipeline);
        var references = MarkdownText.CollectReferences(document, at, problem: problem, markdown: markdown);
        var source = new MarkdownBodySource(markdown, pipeline);
        var bytes = new Utf8Offsets(markdown, source.Utf8);
        var blocks = new List<BodyBlock>();
        var text = _text ??= new StringBuilder();
        foreach (var (kind, node, inlineOnly, line, extra) in Walk(document))
        {
            BlockText plain;
            if (inlineOnly && SourceRange(((LeafBlock)node).Inline, markdown) is var (start, end))
            {
                var first = bytes.Of(start);
                plain = BlockText.Range(source.Utf8, first, bytes.Of(end) - first, end - start);
            }
            else
            {
                Flatten(node, inlineOnly, text.Clear(), offsets: null);
                plain = BlockText.Of(text.ToString());
            }
            blocks.Add(extra(new BodyBlock(kind, plain, line + at.Line, new MarkdownContent(source, blocks.Count))));
        }
        return (blocks, references);
    }

    /// <summary>
    /// Where a block's plain text lies in the body, when it is the body's own: its runs are literals, one after
    /// another in the source (no markup, escape or entity between them), so the text is a range of the source.
    /// </summary>
    private static (int Start, int End)? SourceRange(ContainerInline? inline, string markdown)
    {
        if (inline?.FirstChild is null) return null;
        var (start, next) = (-1, -1);
        for (var child = inline.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is not LiteralInline literal || !ReferenceEquals(literal.Content.Text, markdown)) return null;
            if (literal.Content.Length == 0) continue;
            if (start < 0) start = literal.Content.Start;
            else if (literal.Content.Start != next) return null;
            next = literal.Content.End + 1;
        }
        return start < 0 ? null : (start, next);
    }

    /// <summary>Byte offsets in the UTF-8 of a text, for character offsets asked in increasing order.</summary>
    private sealed class Utf8Offsets(string text, byte[] utf8)
    {
        private readonly bool _ascii = utf8.Length == text.Length;
        private int _char;
        private int _byte;

        public int Of(int offset)
        {
            if (_ascii) return offset;
            if (offset < _char) (_char, _byte) = (0, 0);
            _byte += Encoding.UTF8.GetByteCount(text.AsSpan(_char, offset - _char));
            _char = offset;
            return _byte;
        }
    }

    /// <summary>The blocks' nodes of a body parsed again, in the order <see cref="Parse"/> made its blocks.</summary>
    public static IReadOnlyList<ParsedBlock> Nodes(string markdown, MarkdownPipeline pipeline)
    {
        var (document, _) = MarkdownPipelines.Parse(markdown, pipeline);
        // The blocks' text was kept by the first parse: this walk only measures it, to find where each literal starts.
        var text = _text ??= new StringBuilder();
        var offsets = new Dictionary<LiteralInline, int>(LiteralIdentity.Instance);
        var blocks = new List<ParsedBlock>();
        foreach (var (_, node, inlineOnly, _, _) in Walk(document))
        {
            Flatten(node, inlineOnly, text.Clear(), offsets);
            blocks.Add(new ParsedBlock(node, offsets, inlineOnly));
        }
        return blocks;
    }

    private static IEnumerable<(BlockKind Kind, MarkdownObject Node, bool InlineOnly, int Line, Func<BodyBlock, BodyBlock> Extra)> Walk(MarkdownDocument document)
    {
        var listId = 0;
        foreach (var block in document)
        {
            switch (block)
            {
                case ParagraphBlock paragraph:
                    yield return (BlockKind.Paragraph, paragraph, true, block.Line, b => b);
                    break;
                case HeadingBlock heading:
                    yield return (BlockKind.Heading, heading, true, block.Line, b => b with { Level = Math.Clamp(heading.Level, 2, 6) });
                    break;
                case ListBlock list:
                    listId++;
                    var id = listId;
                    foreach (var item in list.OfType<ListItemBlock>())
                        yield return (BlockKind.ListItem, item, false, item.Line, b => b with { ListId = id, Ordered = list.IsOrdered });
                    break;
                default:
                    yield return (BlockKind.Other, block, false, block.Line, b => b);
                    break;
            }
        }
    }

    /// <summary>Writes a block's plain text, and where each literal run starts in it when <paramref name="offsets"/> is given.</summary>
    private static void Flatten(MarkdownObject node, bool inlineOnly, StringBuilder text, Dictionary<LiteralInline, int>? offsets)
    {
        if (inlineOnly)
        {
            if (((LeafBlock)node).Inline is { } inline) AppendInlines(inline, text, offsets);
            return;
        }
        foreach (var leaf in ((Block)node).Descendants<LeafBlock>())
        {
            if (text.Length > 0) text.Append('\n');
            if (leaf.Inline is not null) AppendInlines(leaf.Inline, text, offsets);
            else text.Append(leaf.Lines.ToString());
        }
    }

    private static void AppendInlines(ContainerInline container, StringBuilder text, Dictionary<LiteralInline, int>? offsets)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    if (offsets is not null) offsets[literal] = text.Length;
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.AsSpan());
                    break;
                case AutolinkInline autolink:
                    text.Append(autolink.Url);
                    break;
                case WikiLinkInline wiki:
                    text.Append(wiki.Label ?? wiki.Id);
                    break;
                case CitationInline:
                    break;
                case ContainerInline child:
                    AppendInlines(child, text, offsets);
                    break;
            }
        }
    }

    /// <summary>
    /// Literals told apart by identity but hashed by where they start in the source: an identity hash must first be
    /// stored in each object, which cost more than the rest of the walk.
    /// </summary>
    private sealed class LiteralIdentity : IEqualityComparer<LiteralInline>
    {
        public static readonly LiteralIdentity Instance = new();

        public bool Equals(LiteralInline? x, LiteralInline? y) => ReferenceEquals(x, y);

        public int GetHashCode(LiteralInline literal) => literal.Span.Start;
    }
}
