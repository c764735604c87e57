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
    /// <param name="at">Where the body starts in its file (after the front matter).</param>
    public static (IReadOnlyList<BodyBlock> Blocks, MarkdownReferences References) Parse(string markdown, SourceLocation at, MarkdownPipeline pipeline)
    {
        var firstLine = at.Line;
        var (document, problem) = MarkdownPipelines.Parse(markdown, pipeline);
        var references = MarkdownText.CollectReferences(document, at, problem: problem, markdown: markdown);
        var blocks = new List<BodyBlock>();
        var listId = 0;
        foreach (var block in document)
        {
            var line = block.Line + firstLine;
            switch (block)
            {
                case ParagraphBlock paragraph:
                    blocks.Add(Leaf(BlockKind.Paragraph, paragraph, line, pipeline));
                    break;
                case HeadingBlock heading:
                    blocks.Add(Leaf(BlockKind.Heading, heading, line, pipeline) with { Level = Math.Clamp(heading.Level, 2, 6) });
                    break;
                case ListBlock list:
                    listId++;
                    foreach (var item in list.OfType<ListItemBlock>())
                        blocks.Add(Whole(BlockKind.ListItem, item, item.Line + firstLine, pipeline) with { ListId = listId, Ordered = list.IsOrdered });
                    break;
                default:
                    blocks.Add(Whole(BlockKind.Other, block, line, pipeline));
                    break;
            }
        }
        return (blocks, references);
    }

    private static BodyBlock Leaf(BlockKind kind, LeafBlock leaf, int line, MarkdownPipeline pipeline)
    {
        var offsets = new Dictionary<LiteralInline, int>(ReferenceEqualityComparer.Instance);
        var text = new StringBuilder();
        if (leaf.Inline is not null) AppendInlines(leaf.Inline, text, offsets);
        return new BodyBlock(kind, text.ToString(), line, new MarkdownContent(leaf, offsets, pipeline, inlineOnly: true));
    }

    private static BodyBlock Whole(BlockKind kind, Block block, int line, MarkdownPipeline pipeline)
    {
        var offsets = new Dictionary<LiteralInline, int>(ReferenceEqualityComparer.Instance);
        var text = new StringBuilder();
        foreach (var leaf in block.Descendants<LeafBlock>())
        {
            if (text.Length > 0) text.Append('\n');
            if (leaf.Inline is not null) AppendInlines(leaf.Inline, text, offsets);
            else text.Append(leaf.Lines.ToString());
        }
        return new BodyBlock(kind, text.ToString(), line, new MarkdownContent(block, offsets, pipeline, inlineOnly: false));
    }

    private static void AppendInlines(ContainerInline container, StringBuilder text, Dictionary<LiteralInline, int> offsets)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    offsets[literal] = text.Length;
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
}
