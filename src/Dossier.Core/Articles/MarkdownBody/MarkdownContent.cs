using Dossier.Articles.Body;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Dossier.Articles.MarkdownBody;

/// <summary>
/// Content of a block of a Markdown article. Rendering swaps Markdig's literal renderer for one that applies
/// marks and cuts to each run of text, so highlights never require changing the syntax tree.
/// </summary>
public sealed class MarkdownContent(MarkdownObject node, IReadOnlyDictionary<LiteralInline, int> offsets, MarkdownPipeline pipeline, bool inlineOnly)
    : IBlockContent
{
    public void WriteHtml(TextWriter writer, SpanSet spans, Dossier.Markdown.MarkdownRenderContext context)
    {
        var renderer = new Dossier.Markdown.DossierHtmlRenderer(writer, context);
        pipeline.Setup(renderer);
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
            if (offsets.TryGetValue(obj, out var offset)) spans.Write(renderer.Writer, text, offset, allowLinks: !InsideLink(obj));
            else renderer.WriteEscape(text);
        }

        private static bool InsideLink(Inline inline)
        {
            for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
                if (parent is LinkInline) return true;
            return false;
        }
    }
}
