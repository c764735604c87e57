using Dossier.Articles.Body;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Dossier.Articles.MarkdownBody;

/// <summary>
/// Content of a block of a Markdown article: the block's place in its article's body. Rendering swaps Markdig's
/// literal renderer for one that applies marks and cuts to each run of text, so highlights never require changing
/// the syntax tree.
/// </summary>
public sealed class MarkdownContent(MarkdownBodySource source, int index) : IBlockContent
{
    public void WriteHtml(TextWriter writer, SpanSet spans, Dossier.Markdown.MarkdownRenderContext context)
    {
        var (node, offsets, inlineOnly) = source.Block(index);
        var renderer = new Dossier.Markdown.DossierHtmlRenderer(writer, context);
        source.Pipeline.Setup(renderer);
        renderer.ObjectRenderers.Replace<LiteralInlineRenderer>(new SpanLiteralRenderer(offsets, spans));
        switch (node)
        {
            case LeafBlock leaf when inlineOnly:
                renderer.WriteLeafInline(leaf);
                break;
            case ListItemBlock item:
                renderer.ImplicitParagraph = item.Parent is ListBlock { IsLoose: false };
                renderer.WriteChildren(item);
                break;
            default:
                renderer.Render(node);
                break;
        }
        writer.Flush();
    }

    private sealed class SpanLiteralRenderer(IReadOnlyDictionary<LiteralInline, int> offsets, SpanSet spans) : HtmlObjectRenderer<LiteralInline>
    {
        protected override void Write(HtmlRenderer renderer, LiteralInline obj)
        {
            var text = obj.Content.ToString();
            if (!offsets.TryGetValue(obj, out var offset))
            {
                renderer.WriteEscape(text);
                return;
            }
            // Through the renderer, not its writer, so it knows text was written and keeps the line break that may follow.
            var html = new StringWriter();
            spans.Write(html, text, offset, allowLinks: !InsideLink(obj));
            renderer.Write(html.ToString());
        }

        private static bool InsideLink(Inline inline)
        {
            for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
                if (parent is LinkInline) return true;
            return false;
        }
    }
}
