using Dossier.Markdown;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace Dossier.Media;

/// <summary>
/// Renders a Markdown link or picture that names a media file with its address made from the page it is rendered into,
/// and a picture with the width and height its file states, loading="lazy" and decoding="async". Every other link
/// renders as Markdig renders it.
/// </summary>
public sealed class MediaLinkRenderer : LinkInlineRenderer
{
    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        if (!renderer.EnableHtmlForInline || renderer is not DossierHtmlRenderer { Context: { } context } || MediaPath.Of(link.Url) is not { } path)
        {
            base.Write(renderer, link);
            return;
        }
        var href = context.Links.To(path);
        if (link.IsImage)
        {
            renderer.Write("<img src=\"").WriteEscapeUrl(href).Write("\" alt=\"");
            renderer.EnableHtmlForInline = false;
            renderer.WriteChildren(link);
            renderer.EnableHtmlForInline = true;
            renderer.Write('"');
            if (context.Resolver.Media(path)?.Size is { } size) renderer.Write($" width=\"{size.Width}\" height=\"{size.Height}\"");
            if (!string.IsNullOrEmpty(link.Title)) renderer.Write(" title=\"").WriteEscape(link.Title).Write('"');
            renderer.Write(" loading=\"lazy\" decoding=\"async\">");
            return;
        }
        renderer.Write("<a href=\"").WriteEscapeUrl(href).Write('"');
        if (!string.IsNullOrEmpty(link.Title)) renderer.Write(" title=\"").WriteEscape(link.Title).Write('"');
        renderer.Write('>');
        renderer.WriteChildren(link);
        renderer.Write("</a>");
    }
}
