using Dossier.Articles.Body;
using Dossier.Markdown;
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
    // Each worker keeps a renderer per pipeline: making one and setting it up took a third of the time of rendering a block.
    [ThreadStatic] private static Dictionary<MarkdownPipeline, (DossierHtmlRenderer Renderer, SpanLiteralRenderer Literals)>? _renderers;

    public void WriteHtml(TextWriter writer, SpanSet spans, MarkdownRenderContext context)
    {
        var (node, offsets, inlineOnly) = source.Block(index);
        var (renderer, literals) = RendererFor(source.Pipeline);
        renderer.Reuse(writer, context);
        literals.Use(offsets, spans);
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

    private static (DossierHtmlRenderer Renderer, SpanLiteralRenderer Literals) RendererFor(MarkdownPipeline pipeline)
    {
        _renderers ??= [];
        if (_renderers.TryGetValue(pipeline, out var made)) return made;
        var renderer = new DossierHtmlRenderer(new StringWriter(), null);
        pipeline.Setup(renderer);
        var literals = new SpanLiteralRenderer();
        renderer.ObjectRenderers.Replace<LiteralInlineRenderer>(literals);
        return _renderers[pipeline] = (renderer, literals);
    }

    private sealed class SpanLiteralRenderer : HtmlObjectRenderer<LiteralInline>
    {
        private IReadOnlyDictionary<LiteralInline, int> _offsets = new Dictionary<LiteralInline, int>();
        private SpanSet _spans = SpanSet.Empty;

        public void Use(IReadOnlyDictionary<LiteralInline, int> offsets, SpanSet spans) => (_offsets, _spans) = (offsets, spans);

        protected override void Write(HtmlRenderer renderer, LiteralInline obj)
        {
            if (!_offsets.TryGetValue(obj, out var offset))
            {
                renderer.WriteEscape(ref obj.Content);
                return;
            }
            // Through the renderer first, so it knows text was written and keeps the line break that may follow.
            renderer.Write(string.Empty);
            _spans.Write(renderer.Writer, obj.Content.ToString(), offset, allowLinks: !InsideLink(obj));
        }

        private static bool InsideLink(Inline inline)
        {
            for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
                if (parent is LinkInline) return true;
            return false;
        }
    }
}
