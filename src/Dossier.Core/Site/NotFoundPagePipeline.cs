using Dossier.Links;
using Dossier.Output;
using Dossier.Pages;
using Dossier.References;

namespace Dossier.Site;

/// <summary>Renders 404.html and the .nojekyll marker that GitHub Pages needs.</summary>
public sealed class NotFoundPagePipeline(DossierContent content, DossierAnalysis analysis) : PagePipeline(content, analysis)
{
    public override string Name => "NotFoundPage";

    protected override void Render(PageRenderer renderer)
    {
        Add(renderer.Render(new PageInfo(Routes.NotFound, "Page not found", "This page does not exist.", null), "404",
            links => new { HomeHref = links.To(Routes.Home), TopicsHref = links.To(Routes.TopicsIndex), SourcesHref = links.To(Routes.Sources) }));
        Add(new OutputFile(OutputWriter.Marker, []));
    }
}
