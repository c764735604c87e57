using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;

namespace Dossier.Media;

/// <summary>Registers <see cref="MediaLinkRenderer"/> in place of Markdig's link renderer.</summary>
public sealed class MediaExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) { }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<MediaLinkRenderer>())
            html.ObjectRenderers.ReplaceOrAdd<LinkInlineRenderer>(new MediaLinkRenderer());
    }
}
