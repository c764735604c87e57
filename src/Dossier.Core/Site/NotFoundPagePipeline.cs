using Dossier.Links;
using Dossier.Output;
using Dossier.Pages;
using Dossier.Pipeline;
using Dossier.Theme;

namespace Dossier.Site;

/// <summary>Renders 404.html and the .nojekyll marker that GitHub Pages needs.</summary>
public sealed class NotFoundPagePipeline(SitePipeline site, ThemePipeline theme) : Pipeline.Pipeline
{
    private readonly List<OutputFile> _files = [];

    public override string Name => "NotFoundPage";

    public override IReadOnlyList<Pipeline.Pipeline> Dependencies => [site, theme];

    public override IEnumerable<OutputFile> Outputs => _files;

    public override void PostProcess(BuildContext context)
    {
        if (site.Config is null || context.Diagnostics.HasErrors) return;
        var renderer = new PageRenderer(theme, site.Config);
        _files.Add(renderer.Render(new PageInfo(Routes.NotFound, "Page not found", "This page does not exist.", null), "404",
            links => new { HomeHref = links.To(Routes.Home), TopicsHref = links.To(Routes.TopicsIndex), SourcesHref = links.To(Routes.Sources) }));
        _files.Add(new OutputFile(OutputWriter.Marker, []));
    }
}
