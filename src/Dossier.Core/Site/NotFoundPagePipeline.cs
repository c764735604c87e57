using System.Text;
using Dossier.Links;
using Dossier.Output;
using Dossier.Pages;
using Dossier.References;

namespace Dossier.Site;

/// <summary>
/// Renders 404.html and the .nojekyll marker that GitHub Pages needs. GitHub serves 404.html for a missing
/// page at any depth, where no relative link can be right; so this one page carries its style inline (allowed
/// by hash in its CSP) and links with absolute addresses from site_url.
/// </summary>
public sealed class NotFoundPagePipeline(DossierContent content, DossierAnalysis analysis) : PagePipeline(content, analysis)
{
    /// <summary>The templates this renders, each with the record type of its model (checked by the theme before rendering).</summary>
    public static readonly IReadOnlyList<(string Template, Type Model)> Templates = [("pages/404", typeof(NotFoundPage))];

    public override string Name => "NotFoundPage";

    protected override void Render(PageRenderer renderer)
    {
        var absolute = renderer.Site.SiteUrl is not null;
        var style = Content.Theme.Asset("site.css") is { } css ? Encoding.UTF8.GetString(css.Span).Trim() : "";
        var page = new PageInfo(Routes.NotFound, "Page not found", "This page does not exist.", null);
        Add(Routes.NotFound, () => OutputFile.Text(Routes.NotFound, renderer.RenderHtml(page, "404", links => new NotFoundPage(
            HomeHref: links.To(Routes.Home),
            TopicsHref: links.To(Routes.TopicsIndex),
            SearchHref: links.To(Routes.Search),
            SourcesHref: links.To(Routes.Sources),
            SiteUrl: renderer.Site.SiteUrl), inlineStyle: style, absoluteLinks: absolute)));
        Add(new OutputFile(OutputWriter.Marker, ReadOnlyMemory<byte>.Empty));
    }
}
