using System.Net;
using Dossier.Markdown;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Dossier.CrossLinks;

/// <summary>Renders [[id]] as a relative link to the target's page, titled with the target's name.</summary>
public sealed class WikiLinkRenderer : HtmlObjectRenderer<WikiLinkInline>
{
    protected override void Write(HtmlRenderer renderer, WikiLinkInline link)
    {
        var context = (renderer as DossierHtmlRenderer)?.Context;
        var target = context?.Resolver.Resolve(link.Id, link.Kind);
        var text = link.Label ?? target?.Title ?? link.Id;
        if (target is null)
        {
            renderer.WriteEscape(text);
            return;
        }
        renderer.Write("<a class=\"xref xref-").Write(target.Kind).Write("\" href=\"")
            .Write(WebUtility.HtmlEncode(context!.Links.To(target.Page, target.Fragment))).Write("\">");
        renderer.WriteEscape(text);
        renderer.Write("</a>");
    }
}
